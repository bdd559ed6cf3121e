namespace Concord.Astro.Propagation.Sgp4;

/// <summary>How an <see cref="Sgp4Propagator"/> is set up (house style R6: policy is explicit, defaults documented).</summary>
public sealed record Sgp4Options
{
    /// <summary>WGS-72 constants in improved mode: the settings element sets are fitted with, and those of
    /// Vallado's verification output (<c>tcppver.out</c>).</summary>
    public static Sgp4Options Default { get; } = new();

    /// <summary>Earth gravity constants; <see cref="GravityModel.Wgs72"/> unless set.</summary>
    public GravityModel Gravity { get; init; } = GravityModel.Wgs72;

    /// <summary>Operation mode; <see cref="Sgp4OperationMode.Improved"/> ('i') unless set.</summary>
    public Sgp4OperationMode Mode { get; init; } = Sgp4OperationMode.Improved;
}
