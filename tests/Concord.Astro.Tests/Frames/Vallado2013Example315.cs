using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Tests.Frames;

/// <summary>The worked example of Vallado (2013) Example 3-15 and Table 3-6 ("Performing an IAU-76/FK5 reduction"),
/// the same case as Vallado, Crawford, Hujsak &amp; Kelso (2006), AIAA 2006-6753, Appendix C (TEME example).</summary>
/// <remarks>2004-04-06T07:51:28.386009 UTC, ΔAT = 32 s, UT1 − UTC = −0.4399619 s, LOD = 0.0015563 s,
/// x_p = −0.140682″, y_p = 0.333309″, δΔψ = −0.052195″, δΔε = −0.003875″. Vectors in km and km/s as published;
/// the digits are those of Table 3-6 (10 significant figures).</remarks>
internal static class Vallado2013Example315
{
    public const double MetersPerKilometer = 1000.0;

    public static Epoch Epoch { get; } = Epoch.ParseIso("2004-04-06T07:51:28.386009Z", TimeScale.Utc, LeapSecondHandling.AcceptAnnounced);

    public static EarthOrientationParameters Eop { get; } =
        EarthOrientationParameters.FromArcseconds(-0.4399619, 0.0015563, -0.140682, 0.333309, -0.052195, -0.003875);

    public static CartesianState Itrf { get; } = State(ReferenceFrame.Itrf,
        -1033.4793830, 7901.2952754, 6380.3565958, -3.225636520, -2.872451450, 5.531924446);

    public static CartesianState Teme { get; } = State(ReferenceFrame.Teme,
        5094.18016210, 6127.64465950, 6380.34453270, -4.746131487, 0.785818041, 5.531931288);

    /// <summary>FK5 reduction with δΔψ, δΔε applied, labelled GCRF by Vallado.</summary>
    public static CartesianState Gcrf { get; } = State(ReferenceFrame.Gcrf,
        5102.50895790, 6123.01140070, 6378.13692820, -4.743220157, 0.790536497, 5.533755727);

    /// <summary>FK5 reduction without δΔψ, δΔε ("J2000"), published to 0.1 m and 0.1 mm/s.</summary>
    public static (Vector3d PositionMeters, Vector3d VelocityMetersPerSecond) J2000WithoutCorrections { get; } =
        (Km(5102.5096, 6123.01152, 6378.1363), Km(-4.7432196, 0.7905366, 5.53375619));

    public static (Vector3d PositionMeters, Vector3d VelocityMetersPerSecond) Pef { get; } =
        (Km(-1033.47503120, 7901.30558560, 6380.34453270), Km(-3.225632747, -2.872442511, 5.531931288));

    public static (Vector3d PositionMeters, Vector3d VelocityMetersPerSecond) Tod { get; } =
        (Km(5094.51620300, 6127.36527840, 6380.34453270), Km(-4.746088385, 0.786078324, 5.531931288));

    public static (Vector3d PositionMeters, Vector3d VelocityMetersPerSecond) Mod { get; } =
        (Km(5094.02837450, 6127.87081640, 6380.24851640), Km(-4.746263052, 0.786014045, 5.531790562));

    public static Vector3d Km(double x, double y, double z) => new Vector3d(x, y, z) * MetersPerKilometer;

    private static CartesianState State(ReferenceFrame frame, double x, double y, double z, double vx, double vy, double vz)
        => new(Epoch, frame, Km(x, y, z), Km(vx, vy, vz));
}
