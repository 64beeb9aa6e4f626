package org.radassist.dicom;

/**
 * Data element tags as {@code int} constants (group in the high 16 bits), named by the DICOM
 * PS3.6 keyword. Overlay tags use repeating group 6000; add 2 to the group for each further overlay.
 */
public final class Tag {
    /** (0002,0000) UL. */
    public static final int FileMetaInformationGroupLength = 0x00020000;
    /** (0002,0001) OB. */
    public static final int FileMetaInformationVersion = 0x00020001;
    /** (0002,0002) UI. */
    public static final int MediaStorageSOPClassUID = 0x00020002;
    /** (0002,0003) UI. */
    public static final int MediaStorageSOPInstanceUID = 0x00020003;
    /** (0002,0010) UI. */
    public static final int TransferSyntaxUID = 0x00020010;
    /** (0002,0012) UI. */
    public static final int ImplementationClassUID = 0x00020012;
    /** (0002,0013) SH. */
    public static final int ImplementationVersionName = 0x00020013;
    /** (0002,0016) AE. */
    public static final int SourceApplicationEntityTitle = 0x00020016;
    /** (0004,1130) CS. */
    public static final int FileSetID = 0x00041130;
    /** (0004,1200) UL. */
    public static final int OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity = 0x00041200;
    /** (0004,1202) UL. */
    public static final int OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity = 0x00041202;
    /** (0004,1212) US. */
    public static final int FileSetConsistencyFlag = 0x00041212;
    /** (0004,1220) SQ. */
    public static final int DirectoryRecordSequence = 0x00041220;
    /** (0004,1400) UL. */
    public static final int OffsetOfTheNextDirectoryRecord = 0x00041400;
    /** (0004,1410) US. */
    public static final int RecordInUseFlag = 0x00041410;
    /** (0004,1420) UL. */
    public static final int OffsetOfReferencedLowerLevelDirectoryEntity = 0x00041420;
    /** (0004,1430) CS. */
    public static final int DirectoryRecordType = 0x00041430;
    /** (0004,1500) CS. */
    public static final int ReferencedFileID = 0x00041500;
    /** (0004,1510) UI. */
    public static final int ReferencedSOPClassUIDInFile = 0x00041510;
    /** (0004,1511) UI. */
    public static final int ReferencedSOPInstanceUIDInFile = 0x00041511;
    /** (0004,1512) UI. */
    public static final int ReferencedTransferSyntaxUIDInFile = 0x00041512;
    /** (0008,0005) CS. */
    public static final int SpecificCharacterSet = 0x00080005;
    /** (0008,0008) CS. */
    public static final int ImageType = 0x00080008;
    /** (0008,0012) DA. */
    public static final int InstanceCreationDate = 0x00080012;
    /** (0008,0013) TM. */
    public static final int InstanceCreationTime = 0x00080013;
    /** (0008,0016) UI. */
    public static final int SOPClassUID = 0x00080016;
    /** (0008,0018) UI. */
    public static final int SOPInstanceUID = 0x00080018;
    /** (0008,0020) DA. */
    public static final int StudyDate = 0x00080020;
    /** (0008,0021) DA. */
    public static final int SeriesDate = 0x00080021;
    /** (0008,0022) DA. */
    public static final int AcquisitionDate = 0x00080022;
    /** (0008,0023) DA. */
    public static final int ContentDate = 0x00080023;
    /** (0008,0030) TM. */
    public static final int StudyTime = 0x00080030;
    /** (0008,0031) TM. */
    public static final int SeriesTime = 0x00080031;
    /** (0008,0032) TM. */
    public static final int AcquisitionTime = 0x00080032;
    /** (0008,0033) TM. */
    public static final int ContentTime = 0x00080033;
    /** (0008,0050) SH. */
    public static final int AccessionNumber = 0x00080050;
    /** (0008,0060) CS. */
    public static final int Modality = 0x00080060;
    /** (0008,0064) CS. */
    public static final int ConversionType = 0x00080064;
    /** (0008,0068) CS. */
    public static final int PresentationIntentType = 0x00080068;
    /** (0008,0070) LO. */
    public static final int Manufacturer = 0x00080070;
    /** (0008,0080) LO. */
    public static final int InstitutionName = 0x00080080;
    /** (0008,0090) PN. */
    public static final int ReferringPhysicianName = 0x00080090;
    /** (0008,0100) SH. */
    public static final int CodeValue = 0x00080100;
    /** (0008,0102) SH. */
    public static final int CodingSchemeDesignator = 0x00080102;
    /** (0008,0104) LO. */
    public static final int CodeMeaning = 0x00080104;
    /** (0008,0201) SH. */
    public static final int TimezoneOffsetFromUTC = 0x00080201;
    /** (0008,1010) SH. */
    public static final int StationName = 0x00081010;
    /** (0008,1030) LO. */
    public static final int StudyDescription = 0x00081030;
    /** (0008,1032) SQ. */
    public static final int ProcedureCodeSequence = 0x00081032;
    /** (0008,103E) LO. */
    public static final int SeriesDescription = 0x0008103E;
    /** (0008,1050) PN. */
    public static final int PerformingPhysicianName = 0x00081050;
    /** (0008,1090) LO. */
    public static final int ManufacturerModelName = 0x00081090;
    /** (0008,1110) SQ. */
    public static final int ReferencedStudySequence = 0x00081110;
    /** (0008,1111) SQ. */
    public static final int ReferencedPerformedProcedureStepSequence = 0x00081111;
    /** (0008,1115) SQ. */
    public static final int ReferencedSeriesSequence = 0x00081115;
    /** (0008,1140) SQ. */
    public static final int ReferencedImageSequence = 0x00081140;
    /** (0008,114A) SQ. */
    public static final int ReferencedInstanceSequence = 0x0008114A;
    /** (0008,1150) UI. */
    public static final int ReferencedSOPClassUID = 0x00081150;
    /** (0008,1155) UI. */
    public static final int ReferencedSOPInstanceUID = 0x00081155;
    /** (0008,1160) IS. */
    public static final int ReferencedFrameNumber = 0x00081160;
    /** (0008,1199) SQ. */
    public static final int ReferencedSOPSequence = 0x00081199;
    /** (0008,1250) SQ. */
    public static final int RelatedSeriesSequence = 0x00081250;
    /** (0008,2111) ST. */
    public static final int DerivationDescription = 0x00082111;
    /** (0008,2112) SQ. */
    public static final int SourceImageSequence = 0x00082112;
    /** (0008,2144) IS. */
    public static final int RecommendedDisplayFrameRate = 0x00082144;
    /** (0008,9124) SQ. */
    public static final int DerivationImageSequence = 0x00089124;
    /** (0008,9215) SQ. */
    public static final int DerivationCodeSequence = 0x00089215;
    /** (0010,0010) PN. */
    public static final int PatientName = 0x00100010;
    /** (0010,0020) LO. */
    public static final int PatientID = 0x00100020;
    /** (0010,0021) LO. */
    public static final int IssuerOfPatientID = 0x00100021;
    /** (0010,0030) DA. */
    public static final int PatientBirthDate = 0x00100030;
    /** (0010,0040) CS. */
    public static final int PatientSex = 0x00100040;
    /** (0010,1001) PN. */
    public static final int OtherPatientNames = 0x00101001;
    /** (0010,1010) AS. */
    public static final int PatientAge = 0x00101010;
    /** (0010,1020) DS. */
    public static final int PatientSize = 0x00101020;
    /** (0010,1030) DS. */
    public static final int PatientWeight = 0x00101030;
    /** (0010,21B0) LT. */
    public static final int AdditionalPatientHistory = 0x001021B0;
    /** (0018,0010) LO. */
    public static final int ContrastBolusAgent = 0x00180010;
    /** (0018,0015) CS. */
    public static final int BodyPartExamined = 0x00180015;
    /** (0018,0040) IS. */
    public static final int CineRate = 0x00180040;
    /** (0018,0050) DS. */
    public static final int SliceThickness = 0x00180050;
    /** (0018,0060) DS. */
    public static final int KVP = 0x00180060;
    /** (0018,0087) DS. */
    public static final int MagneticFieldStrength = 0x00180087;
    /** (0018,0088) DS. */
    public static final int SpacingBetweenSlices = 0x00180088;
    /** (0018,1030) LO. */
    public static final int ProtocolName = 0x00181030;
    /** (0018,1063) DS. */
    public static final int FrameTime = 0x00181063;
    /** (0018,1065) DS. */
    public static final int FrameTimeVector = 0x00181065;
    /** (0018,1110) DS. */
    public static final int DistanceSourceToDetector = 0x00181110;
    /** (0018,1111) DS. */
    public static final int DistanceSourceToPatient = 0x00181111;
    /** (0018,1150) IS. */
    public static final int ExposureTime = 0x00181150;
    /** (0018,1151) IS. */
    public static final int XRayTubeCurrent = 0x00181151;
    /** (0018,1152) IS. */
    public static final int Exposure = 0x00181152;
    /** (0018,1160) SH. */
    public static final int FilterType = 0x00181160;
    /** (0018,1164) DS. */
    public static final int ImagerPixelSpacing = 0x00181164;
    /** (0018,5100) CS. */
    public static final int PatientPosition = 0x00185100;
    /** (0018,5101) CS. */
    public static final int ViewPosition = 0x00185101;
    /** (0018,6011) SQ. */
    public static final int SequenceOfUltrasoundRegions = 0x00186011;
    /** (0018,6012) US. */
    public static final int RegionSpatialFormat = 0x00186012;
    /** (0018,6014) US. */
    public static final int RegionDataType = 0x00186014;
    /** (0018,6016) UL. */
    public static final int RegionFlags = 0x00186016;
    /** (0018,6018) UL. */
    public static final int RegionLocationMinX0 = 0x00186018;
    /** (0018,601A) UL. */
    public static final int RegionLocationMinY0 = 0x0018601A;
    /** (0018,601C) UL. */
    public static final int RegionLocationMaxX1 = 0x0018601C;
    /** (0018,601E) UL. */
    public static final int RegionLocationMaxY1 = 0x0018601E;
    /** (0018,6020) SL. */
    public static final int ReferencePixelX0 = 0x00186020;
    /** (0018,6022) SL. */
    public static final int ReferencePixelY0 = 0x00186022;
    /** (0018,6024) US. */
    public static final int PhysicalUnitsXDirection = 0x00186024;
    /** (0018,6026) US. */
    public static final int PhysicalUnitsYDirection = 0x00186026;
    /** (0018,602C) FD. */
    public static final int PhysicalDeltaX = 0x0018602C;
    /** (0018,602E) FD. */
    public static final int PhysicalDeltaY = 0x0018602E;
    /** (0020,000D) UI. */
    public static final int StudyInstanceUID = 0x0020000D;
    /** (0020,000E) UI. */
    public static final int SeriesInstanceUID = 0x0020000E;
    /** (0020,0010) SH. */
    public static final int StudyID = 0x00200010;
    /** (0020,0011) IS. */
    public static final int SeriesNumber = 0x00200011;
    /** (0020,0012) IS. */
    public static final int AcquisitionNumber = 0x00200012;
    /** (0020,0013) IS. */
    public static final int InstanceNumber = 0x00200013;
    /** (0020,0020) CS. */
    public static final int PatientOrientation = 0x00200020;
    /** (0020,0032) DS. */
    public static final int ImagePositionPatient = 0x00200032;
    /** (0020,0037) DS. */
    public static final int ImageOrientationPatient = 0x00200037;
    /** (0020,0052) UI. */
    public static final int FrameOfReferenceUID = 0x00200052;
    /** (0020,0060) CS. */
    public static final int Laterality = 0x00200060;
    /** (0020,1041) DS. */
    public static final int SliceLocation = 0x00201041;
    /** (0020,9111) SQ. */
    public static final int FrameContentSequence = 0x00209111;
    /** (0020,9113) SQ. */
    public static final int PlanePositionSequence = 0x00209113;
    /** (0020,9116) SQ. */
    public static final int PlaneOrientationSequence = 0x00209116;
    /** (0020,9157) UL. */
    public static final int DimensionIndexValues = 0x00209157;
    /** (0020,9164) UI. */
    public static final int DimensionOrganizationUID = 0x00209164;
    /** (0020,9165) AT. */
    public static final int DimensionIndexPointer = 0x00209165;
    /** (0020,9167) AT. */
    public static final int FunctionalGroupPointer = 0x00209167;
    /** (0020,9221) SQ. */
    public static final int DimensionOrganizationSequence = 0x00209221;
    /** (0020,9222) SQ. */
    public static final int DimensionIndexSequence = 0x00209222;
    /** (0028,0002) US. */
    public static final int SamplesPerPixel = 0x00280002;
    /** (0028,0004) CS. */
    public static final int PhotometricInterpretation = 0x00280004;
    /** (0028,0006) US. */
    public static final int PlanarConfiguration = 0x00280006;
    /** (0028,0008) IS. */
    public static final int NumberOfFrames = 0x00280008;
    /** (0028,0009) AT. */
    public static final int FrameIncrementPointer = 0x00280009;
    /** (0028,0010) US. */
    public static final int Rows = 0x00280010;
    /** (0028,0011) US. */
    public static final int Columns = 0x00280011;
    /** (0028,0014) US. */
    public static final int UltrasoundColorDataPresent = 0x00280014;
    /** (0028,0030) DS. */
    public static final int PixelSpacing = 0x00280030;
    /** (0028,0034) IS. */
    public static final int PixelAspectRatio = 0x00280034;
    /** (0028,0100) US. */
    public static final int BitsAllocated = 0x00280100;
    /** (0028,0101) US. */
    public static final int BitsStored = 0x00280101;
    /** (0028,0102) US. */
    public static final int HighBit = 0x00280102;
    /** (0028,0103) US. */
    public static final int PixelRepresentation = 0x00280103;
    /** (0028,0106) US. */
    public static final int SmallestImagePixelValue = 0x00280106;
    /** (0028,0107) US. */
    public static final int LargestImagePixelValue = 0x00280107;
    /** (0028,0120) US. */
    public static final int PixelPaddingValue = 0x00280120;
    /** (0028,0121) US. */
    public static final int PixelPaddingRangeLimit = 0x00280121;
    /** (0028,0301) CS. */
    public static final int BurnedInAnnotation = 0x00280301;
    /** (0028,0A02) CS. */
    public static final int PixelSpacingCalibrationType = 0x00280A02;
    /** (0028,0A04) LO. */
    public static final int PixelSpacingCalibrationDescription = 0x00280A04;
    /** (0028,1040) CS. */
    public static final int PixelIntensityRelationship = 0x00281040;
    /** (0028,1041) SS. */
    public static final int PixelIntensityRelationshipSign = 0x00281041;
    /** (0028,1050) DS. */
    public static final int WindowCenter = 0x00281050;
    /** (0028,1051) DS. */
    public static final int WindowWidth = 0x00281051;
    /** (0028,1052) DS. */
    public static final int RescaleIntercept = 0x00281052;
    /** (0028,1053) DS. */
    public static final int RescaleSlope = 0x00281053;
    /** (0028,1054) LO. */
    public static final int RescaleType = 0x00281054;
    /** (0028,1055) LO. */
    public static final int WindowCenterWidthExplanation = 0x00281055;
    /** (0028,1056) CS. */
    public static final int VOILUTFunction = 0x00281056;
    /** (0028,1090) CS. */
    public static final int RecommendedViewingMode = 0x00281090;
    /** (0028,1101) US. */
    public static final int RedPaletteColorLookupTableDescriptor = 0x00281101;
    /** (0028,1102) US. */
    public static final int GreenPaletteColorLookupTableDescriptor = 0x00281102;
    /** (0028,1103) US. */
    public static final int BluePaletteColorLookupTableDescriptor = 0x00281103;
    /** (0028,1199) UI. */
    public static final int PaletteColorLookupTableUID = 0x00281199;
    /** (0028,1201) OW. */
    public static final int RedPaletteColorLookupTableData = 0x00281201;
    /** (0028,1202) OW. */
    public static final int GreenPaletteColorLookupTableData = 0x00281202;
    /** (0028,1203) OW. */
    public static final int BluePaletteColorLookupTableData = 0x00281203;
    /** (0028,1221) OW. */
    public static final int SegmentedRedPaletteColorLookupTableData = 0x00281221;
    /** (0028,1222) OW. */
    public static final int SegmentedGreenPaletteColorLookupTableData = 0x00281222;
    /** (0028,1223) OW. */
    public static final int SegmentedBluePaletteColorLookupTableData = 0x00281223;
    /** (0028,2000) OB. */
    public static final int ICCProfile = 0x00282000;
    /** (0028,2110) CS. */
    public static final int LossyImageCompression = 0x00282110;
    /** (0028,2112) DS. */
    public static final int LossyImageCompressionRatio = 0x00282112;
    /** (0028,2114) CS. */
    public static final int LossyImageCompressionMethod = 0x00282114;
    /** (0028,3000) SQ. */
    public static final int ModalityLUTSequence = 0x00283000;
    /** (0028,3002) US. */
    public static final int LUTDescriptor = 0x00283002;
    /** (0028,3003) LO. */
    public static final int LUTExplanation = 0x00283003;
    /** (0028,3004) LO. */
    public static final int ModalityLUTType = 0x00283004;
    /** (0028,3006) OW. */
    public static final int LUTData = 0x00283006;
    /** (0028,3010) SQ. */
    public static final int VOILUTSequence = 0x00283010;
    /** (0028,9110) SQ. */
    public static final int PixelMeasuresSequence = 0x00289110;
    /** (0028,9132) SQ. */
    public static final int FrameVOILUTSequence = 0x00289132;
    /** (0028,9145) SQ. */
    public static final int PixelValueTransformationSequence = 0x00289145;
    /** (0032,1060) LO. */
    public static final int RequestedProcedureDescription = 0x00321060;
    /** (0040,0254) LO. */
    public static final int PerformedProcedureStepDescription = 0x00400254;
    /** (0040,0275) SQ. */
    public static final int RequestAttributesSequence = 0x00400275;
    /** (0040,08EA) SQ. */
    public static final int MeasurementUnitsCodeSequence = 0x004008EA;
    /** (0040,1001) SH. */
    public static final int RequestedProcedureID = 0x00401001;
    /** (0040,9096) SQ. */
    public static final int RealWorldValueMappingSequence = 0x00409096;
    /** (0040,A040) CS. */
    public static final int ValueType = 0x0040A040;
    /** (0040,A043) SQ. */
    public static final int ConceptNameCodeSequence = 0x0040A043;
    /** (0040,A160) UT. */
    public static final int TextValue = 0x0040A160;
    /** (0040,A168) SQ. */
    public static final int ConceptCodeSequence = 0x0040A168;
    /** (0040,A300) SQ. */
    public static final int MeasuredValueSequence = 0x0040A300;
    /** (0040,A30A) DS. */
    public static final int NumericValue = 0x0040A30A;
    /** (0040,A504) SQ. */
    public static final int ContentTemplateSequence = 0x0040A504;
    /** (0040,A730) SQ. */
    public static final int ContentSequence = 0x0040A730;
    /** (0054,0012) SQ. */
    public static final int EnergyWindowInformationSequence = 0x00540012;
    /** (0054,0013) SQ. */
    public static final int EnergyWindowRangeSequence = 0x00540013;
    /** (0054,0016) SQ. */
    public static final int RadiopharmaceuticalInformationSequence = 0x00540016;
    /** (0054,0022) SQ. */
    public static final int DetectorInformationSequence = 0x00540022;
    /** (0054,0220) SQ. */
    public static final int ViewCodeSequence = 0x00540220;
    /** (0062,0001) CS. */
    public static final int SegmentationType = 0x00620001;
    /** (0062,0002) SQ. */
    public static final int SegmentSequence = 0x00620002;
    /** (0062,0003) SQ. */
    public static final int SegmentedPropertyCategoryCodeSequence = 0x00620003;
    /** (0062,0004) US. */
    public static final int SegmentNumber = 0x00620004;
    /** (0062,0005) LO. */
    public static final int SegmentLabel = 0x00620005;
    /** (0062,0008) CS. */
    public static final int SegmentAlgorithmType = 0x00620008;
    /** (0062,000A) SQ. */
    public static final int SegmentIdentificationSequence = 0x0062000A;
    /** (0062,000B) US. */
    public static final int ReferencedSegmentNumber = 0x0062000B;
    /** (0062,000F) SQ. */
    public static final int SegmentedPropertyTypeCodeSequence = 0x0062000F;
    /** (0088,0200) SQ. */
    public static final int IconImageSequence = 0x00880200;
    /** (2050,0020) CS. */
    public static final int PresentationLUTShape = 0x20500020;
    /** (3006,0010) SQ. */
    public static final int ReferencedFrameOfReferenceSequence = 0x30060010;
    /** (3006,0012) SQ. */
    public static final int RTReferencedStudySequence = 0x30060012;
    /** (3006,0014) SQ. */
    public static final int RTReferencedSeriesSequence = 0x30060014;
    /** (3006,0016) SQ. */
    public static final int ContourImageSequence = 0x30060016;
    /** (3006,0020) SQ. */
    public static final int StructureSetROISequence = 0x30060020;
    /** (3006,0022) IS. */
    public static final int ROINumber = 0x30060022;
    /** (3006,0026) LO. */
    public static final int ROIName = 0x30060026;
    /** (3006,002A) IS. */
    public static final int ROIDisplayColor = 0x3006002A;
    /** (3006,0039) SQ. */
    public static final int ROIContourSequence = 0x30060039;
    /** (3006,0040) SQ. */
    public static final int ContourSequence = 0x30060040;
    /** (3006,0046) IS. */
    public static final int NumberOfContourPoints = 0x30060046;
    /** (3006,0050) DS. */
    public static final int ContourData = 0x30060050;
    /** (3006,0080) SQ. */
    public static final int RTROIObservationsSequence = 0x30060080;
    /** (3006,0084) IS. */
    public static final int ReferencedROINumber = 0x30060084;
    /** (5200,9229) SQ. */
    public static final int SharedFunctionalGroupsSequence = 0x52009229;
    /** (5200,9230) SQ. */
    public static final int PerFrameFunctionalGroupsSequence = 0x52009230;
    /** (6000,0010) US. */
    public static final int OverlayRows = 0x60000010;
    /** (6000,0011) US. */
    public static final int OverlayColumns = 0x60000011;
    /** (6000,0015) IS. */
    public static final int NumberOfFramesInOverlay = 0x60000015;
    /** (6000,0040) CS. */
    public static final int OverlayType = 0x60000040;
    /** (6000,0050) SS. */
    public static final int OverlayOrigin = 0x60000050;
    /** (6000,0100) US. */
    public static final int OverlayBitsAllocated = 0x60000100;
    /** (6000,0102) US. */
    public static final int OverlayBitPosition = 0x60000102;
    /** (6000,3000) OW. */
    public static final int OverlayData = 0x60003000;
    /** (7FE0,0001) OV. */
    public static final int ExtendedOffsetTable = 0x7FE00001;
    /** (7FE0,0002) OV. */
    public static final int ExtendedOffsetTableLengths = 0x7FE00002;
    /** (7FE0,0008) OF. */
    public static final int FloatPixelData = 0x7FE00008;
    /** (7FE0,0009) OD. */
    public static final int DoubleFloatPixelData = 0x7FE00009;
    /** (7FE0,0010) OW. */
    public static final int PixelData = 0x7FE00010;
    /** (FFFA,FFFA) SQ. */
    public static final int DigitalSignaturesSequence = 0xFFFAFFFA;
    /** (FFFC,FFFC) OB. */
    public static final int DataSetTrailingPadding = 0xFFFCFFFC;
    /** (FFFE,E000), which has no VR. */
    public static final int Item = 0xFFFEE000;
    /** (FFFE,E00D), which has no VR. */
    public static final int ItemDelimitationItem = 0xFFFEE00D;
    /** (FFFE,E0DD), which has no VR. */
    public static final int SequenceDelimitationItem = 0xFFFEE0DD;

    private Tag() {
    }

    /** Formats a tag as {@code (gggg,eeee)} in upper-case hexadecimal, e.g. {@code (0028,0010)}. */
    public static String format(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }

    /** Returns the group number, the high 16 bits of the tag. */
    public static int group(int tag) {
        return tag >>> 16;
    }

    /** Returns whether the tag belongs to a private (odd-numbered) group. */
    public static boolean isPrivate(int tag) {
        return (group(tag) & 1) == 1;
    }
}
