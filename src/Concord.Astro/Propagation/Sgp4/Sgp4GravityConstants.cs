using Concord.Astro.Orbits;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary>Earth constants SGP4 works with, in the reference's units (km, minutes, Earth radii).</summary>
/// <remarks>Vallado, Crawford, Hujsak &amp; Kelso (2006), "Revisiting Spacetrack Report #3", AIAA 2006-6753,
/// routine <c>getgravconst</c>. Field names follow the reference (house style R19).</remarks>
internal readonly struct Sgp4GravityConstants
{
    /// <summary>Minutes per SGP4 time unit (1 / <see cref="xke"/>).</summary>
    public readonly double tumin;

    /// <summary>Gravitational parameter, km³/s².</summary>
    public readonly double mu;

    /// <summary>Equatorial radius of the Earth, km.</summary>
    public readonly double radiusearthkm;

    /// <summary>sqrt(μ) in Earth radii^1.5 per minute.</summary>
    public readonly double xke;

    /// <summary>Zonal harmonic J2 (unnormalised).</summary>
    public readonly double j2;

    /// <summary>Zonal harmonic J3 (unnormalised).</summary>
    public readonly double j3;

    /// <summary>Zonal harmonic J4 (unnormalised).</summary>
    public readonly double j4;

    /// <summary>J3 / J2.</summary>
    public readonly double j3oj2;

    private Sgp4GravityConstants(double mu, double radiusearthkm, double xke, double j2, double j3, double j4)
    {
        this.mu = mu;
        this.radiusearthkm = radiusearthkm;
        this.xke = xke;
        tumin = 1.0 / xke;
        this.j2 = j2;
        this.j3 = j3;
        this.j4 = j4;
        j3oj2 = j3 / j2;
    }

    /// <summary>The constants of <paramref name="model"/>, exactly as <c>getgravconst</c> evaluates them.</summary>
    public static Sgp4GravityConstants Get(GravityModel model)
    {
        switch (model)
        {
            case GravityModel.Wgs72Old:
                // Spacetrack Report #3 gives xke directly rather than deriving it from μ.
                return new Sgp4GravityConstants(398600.79964, EarthConstants.Wgs72EquatorialRadiusKilometers, 0.0743669161, 0.001082616, -0.00000253881, -0.00000165597);
            case GravityModel.Wgs72:
                return new Sgp4GravityConstants(EarthConstants.Wgs72GravitationalParameterKm3PerS2, EarthConstants.Wgs72EquatorialRadiusKilometers,
                    Xke(EarthConstants.Wgs72GravitationalParameterKm3PerS2, EarthConstants.Wgs72EquatorialRadiusKilometers),
                    0.001082616, -0.00000253881, -0.00000165597);
            case GravityModel.Wgs84:
                return new Sgp4GravityConstants(398600.5, 6378.137, Xke(398600.5, 6378.137), 0.00108262998905, -0.00000253215306, -0.00000161098761);
            default:
                throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown gravity model.");
        }
    }

    // 60 s/min / sqrt(Re³/μ): the evaluation order of getgravconst, so the bits match the reference.
    private static double Xke(double mu, double radiusearthkm)
        => 60.0 / Math.Sqrt(radiusearthkm * radiusearthkm * radiusearthkm / mu);
}
