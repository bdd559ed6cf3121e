namespace Concord.Formats.Ccsds.Omm;

/// <summary>The block of an OMM that a keyword belongs to.</summary>
internal enum OmmSection
{
    Header = 0,
    Metadata = 1,
    MeanElements = 2,
    SpacecraftParameters = 3,
    TleParameters = 4,
    Covariance = 5,
    UserDefined = 6,
}
