namespace Concord.Formats.Ccsds.Oem;

/// <summary>The block of an OEM that a header or metadata keyword belongs to.</summary>
internal enum OemSection
{
    Header = 0,
    Metadata = 1,
}
