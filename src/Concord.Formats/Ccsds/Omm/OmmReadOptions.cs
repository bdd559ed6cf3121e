namespace Concord.Formats.Ccsds.Omm;

/// <summary>Options of <see cref="OmmReader"/> (R6: every leniency is named here). Immutable.</summary>
public sealed record OmmReadOptions
{
    /// <summary>The documented defaults: catalogue columns ignored, catalogue defaults applied.</summary>
    public static OmmReadOptions Default { get; } = new();

    /// <summary>What to do with the non-OMM columns of the catalogues' JSON and CSV (Space-Track's <c>SEMIMAJOR_AXIS</c>,
    /// <c>PERIOD</c>, <c>APOAPSIS</c>, <c>PERIAPSIS</c>, <c>OBJECT_TYPE</c>, <c>RCS_SIZE</c>, <c>COUNTRY_CODE</c>,
    /// <c>LAUNCH_DATE</c>, <c>SITE</c>, <c>DECAY_DATE</c>, <c>FILE</c>, <c>GP_ID</c>, <c>TLE_LINE0..2</c>);
    /// default <see cref="CatalogColumnPolicy.Ignore"/>. KVN and XML never accept them.</summary>
    public CatalogColumnPolicy CatalogColumns { get; init; } = CatalogColumnPolicy.Ignore;

    /// <summary>Whether the catalogues' JSON and CSV, which leave out the keywords that every catalogue OMM shares, get
    /// them filled in: <c>CCSDS_OMM_VERS = 2.0</c>, <c>CENTER_NAME = EARTH</c>, <c>REF_FRAME = TEME</c>,
    /// <c>TIME_SYSTEM = UTC</c>, <c>MEAN_ELEMENT_THEORY = SGP4</c>, and <c>OBJECT_ID = UNKNOWN</c> (the standard's value for an
    /// unregistered object) when the column is absent, null or empty (CelesTrak analyst objects); default <see cref="CatalogDefaultsPolicy.Apply"/>.</summary>
    public CatalogDefaultsPolicy CatalogDefaults { get; init; } = CatalogDefaultsPolicy.Apply;
}
