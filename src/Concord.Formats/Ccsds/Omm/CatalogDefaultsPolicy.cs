namespace Concord.Formats.Ccsds.Omm;

/// <summary>Whether catalogue JSON/CSV messages get the shared keywords filled in (see <see cref="OmmReadOptions.CatalogDefaults"/>).</summary>
public enum CatalogDefaultsPolicy
{
    /// <summary>Missing shared keywords take the catalogue values (EARTH, TEME, UTC, SGP4, version 2.0).</summary>
    Apply = 0,

    /// <summary>Missing keywords are <see cref="Diagnostics.ErrorCodes.CcsdsMissingKey"/> errors, as in KVN and XML.</summary>
    Require = 1,
}
