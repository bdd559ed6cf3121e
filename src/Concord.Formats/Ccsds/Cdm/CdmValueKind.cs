namespace Concord.Formats.Ccsds.Cdm;

/// <summary>How the value of a CDM keyword is read.</summary>
public enum CdmValueKind
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
