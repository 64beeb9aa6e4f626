package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Status line and window names that the service reports as parts are localised by the bundle. */
class ChineseStatusTextTest {

    private final Localization chinese = new Localization(Localization.loadBundle(Locale.SIMPLIFIED_CHINESE));
    private final Localization english = new Localization(Localization.loadBundle(Locale.ENGLISH));

    private MainViewModel chineseViewModel(StubWorkbenchService service) {
        MainViewModel viewModel = new MainViewModel(service, chinese, TaskExecutor.direct());
        viewModel.initialize();
        return viewModel;
    }

    @Test
    void demoEndpoint_chineseStatus() {
        MainViewModel viewModel = chineseViewModel(new StubWorkbenchService());

        assertEquals("端点：配置文件 demo：演示端点（预先录制的回答，不是模型输出）", viewModel.endpointStatusProperty().get());
    }

    @Test
    void remoteEndpointWithoutModel_chineseStatus() {
        StubWorkbenchService service = new StubWorkbenchService();
        service.endpointSummary = new EndpointSummary("vertex", EndpointSummary.Kind.REMOTE, "europe-west4-aiplatform.googleapis.com", "");

        MainViewModel viewModel = chineseViewModel(service);

        assertEquals("端点：配置文件 vertex：europe-west4-aiplatform.googleapis.com · 默认模型",
                viewModel.endpointStatusProperty().get());
    }

    @Test
    void invalidSettings_chineseStatus() {
        StubWorkbenchService service = new StubWorkbenchService();
        service.endpointSummary = new EndpointSummary("broken", EndpointSummary.Kind.INVALID, "", "");

        MainViewModel viewModel = chineseViewModel(service);

        assertEquals("端点：配置文件 broken：设置无效，请在“文件 > 设置…”中修改", viewModel.endpointStatusProperty().get());
    }

    @Test
    void analyzedStop_chineseFinishReason() {
        MainViewModel viewModel = chineseViewModel(new StubWorkbenchService());
        viewModel.open(StubWorkbenchService.CHEST_XRAY_PNG);

        viewModel.analyze();

        assertEquals("回答来自 127.0.0.1 · 已发送图像：896 × 896 JPEG，123,456 字节 · 结束原因：正常结束 (stop)",
                viewModel.activityProperty().get());
    }

    @Test
    void minMaxPreset_noThousandsSeparator() {
        assertEquals("Min-max (C -884.5, W 4279)", english.format("preset.format",
                english.labelFor("preset.minMax", "preset."), -884.5, 4279.0));
        assertEquals("最小–最大值（窗位 -884.5，窗宽 4279）", chinese.format("preset.format",
                chinese.labelFor("preset.minMax", "preset."), -884.5, 4279.0));
        assertEquals("Lung (C -600, W 1500)", english.format("preset.format",
                english.labelFor("preset.lung", "preset."), -600.0, 1500.0));
    }
}
