package org.radassist.app;

import org.radassist.ui.EndpointForm;

/** Converts between the settings dialog's form and the stored endpoint settings. */
final class EndpointForms {

    private EndpointForms() {
    }

    static EndpointForm toForm(EndpointSettings s) {
        String auth = s.auth() == null || s.auth().isBlank() ? EndpointForm.AUTH_NONE : s.auth();
        boolean keyFile = EndpointForm.AUTH_ADC.equals(auth) && !text(s.credentialsFile()).isBlank();
        return new EndpointForm(s.isDemo() ? EndpointForm.DEMO : s.kind(), text(s.project()), text(s.region()),
                text(s.endpointId()), text(s.projectNumber()), text(s.dedicatedDns()), text(s.baseUrl()),
                text(s.model()), keyFile ? EndpointForm.AUTH_SERVICE_ACCOUNT_FILE : auth,
                text(s.apiKeyEnv()), s.allowInsecureHttp(), s.api() == null || s.api().isBlank() ? "chat" : s.api(),
                s.maxTokens(), s.maxContext(), s.maxPayloadBytes(), s.maxImages(),
                keyFile ? s.credentialsFile() : "");
    }

    /**
     * Builds settings from the form, keeping the previous profile's name and system prompt, which
     * the form does not edit. A blank model on an OpenAI-compatible endpoint selects its default
     * model. Service-account file auth is stored as ADC with the file's path; any other auth
     * stores no file.
     */
    static EndpointSettings toSettings(EndpointForm form, EndpointSettings previous) {
        boolean openAi = EndpointForm.OPENAI_COMPATIBLE.equals(form.kind());
        String model = openAi && text(form.model()).isBlank() ? null : text(form.model()).trim();
        String api = text(form.api()).isBlank() ? "chat" : form.api().trim();
        boolean keyFile = EndpointForm.AUTH_SERVICE_ACCOUNT_FILE.equals(form.auth());
        String auth = keyFile ? EndpointForm.AUTH_ADC : form.auth();
        return new EndpointSettings(previous.name(), form.kind(), api, trim(form.project()),
                trim(form.region()), trim(form.endpointId()), trim(form.projectNumber()), trim(form.dedicatedDns()),
                trim(form.baseUrl()), model, auth, trim(form.apiKeyEnv()), keyFile ? trim(form.credentialsFile()) : "",
                form.allowInsecureHttp(), form.maxTokens(), form.maxContext(), form.maxPayloadBytes(),
                form.maxImages(), previous.systemPrompt());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String trim(String value) {
        return text(value).trim();
    }
}
