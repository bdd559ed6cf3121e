namespace Concord.Formats.Ccsds.Opm;

/// <summary>The logical blocks of an OPM, used to attach comments and to lay out KVN and XML.</summary>
public enum OpmSection
{
    /// <summary>The header.</summary>
    Header = 0,

    /// <summary>The metadata.</summary>
    Metadata = 1,

    /// <summary>The state vector.</summary>
    StateVector = 2,

    /// <summary>The osculating Keplerian elements.</summary>
    KeplerianElements = 3,

    /// <summary>The spacecraft parameters.</summary>
    SpacecraftParameters = 4,

    /// <summary>The covariance matrix.</summary>
    Covariance = 5,

    /// <summary>A maneuver.</summary>
    Maneuver = 6,

    /// <summary>The user-defined parameters.</summary>
    UserDefined = 7,
}
