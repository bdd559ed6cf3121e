namespace Concord.Formats.Ccsds.Opm;

/// <summary>The OPM data (502.0-B-3 §3.2.4).</summary>
public sealed record OpmData
{
    /// <summary>Gets the state vector.</summary>
    public required OpmStateVector StateVector { get; init; }

    /// <summary>Gets the osculating Keplerian elements, if given.</summary>
    public OpmKeplerianElements? KeplerianElements { get; init; }

    /// <summary>Gets the spacecraft parameters, if given.</summary>
    public OpmSpacecraftParameters? SpacecraftParameters { get; init; }

    /// <summary>Gets the position-velocity covariance, if given.</summary>
    public OpmCovariance? Covariance { get; init; }

    /// <summary>Gets the maneuvers, in file order.</summary>
    public EquatableArray<OpmManeuver> Maneuvers { get; init; }

    /// <summary>Gets the user-defined parameters (name without the USER_DEFINED_ prefix).</summary>
    public EquatableArray<OpmUserDefinedParameter> UserDefinedParameters { get; init; }

    /// <summary>Gets the comments of the user-defined section.</summary>
    public EquatableArray<string> UserDefinedComments { get; init; }
}
