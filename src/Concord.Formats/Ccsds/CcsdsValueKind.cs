namespace Concord.Formats.Ccsds;

/// <summary>How the value of a CCSDS keyword is read and written (every message's keyword table, R10).</summary>
public enum CcsdsValueKind
{
    /// <summary>Free text.</summary>
    Text = 0,

    /// <summary>A finite real number, in the keyword's standard unit.</summary>
    Real = 1,

    /// <summary>An integer.</summary>
    Whole = 2,

    /// <summary>A CCSDS date.</summary>
    Date = 3,
}
