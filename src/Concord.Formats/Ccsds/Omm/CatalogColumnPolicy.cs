namespace Concord.Formats.Ccsds.Omm;

/// <summary>How the catalogues' extra JSON/CSV columns are treated (see <see cref="OmmReadOptions.CatalogColumns"/>).</summary>
public enum CatalogColumnPolicy
{
    /// <summary>Skipped without a diagnostic.</summary>
    Ignore = 0,

    /// <summary>Reported as <see cref="Diagnostics.ErrorCodes.CcsdsUnexpectedKeyword"/>, like any unknown keyword.</summary>
    Reject = 1,
}
