namespace Concord.Formats.Ccsds.Opm;

/// <summary>How an OPM keyword's value is read.</summary>
internal enum OpmKeyKind
{
    Text,
    Date,
    Real,
}
