using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary>SGP4/SDP4 propagation of one element set (Vallado, Crawford, Hujsak &amp; Kelso 2006, "Revisiting
/// Spacetrack Report #3", AIAA 2006-6753; verified against its <c>tcppver.out</c> to 2e-7 km).</summary>
/// <remarks>
/// <para>Output is in TEME, SI units (metres, metres per second). The epoch of the elements is taken as UTC
/// (≈ UT1 for the sidereal time at epoch, as in the reference).</para>
/// <para>Immutable and thread-safe: <see cref="Propagate"/> writes nothing. The deep-space resonance integrator,
/// which the reference keeps as mutable state, is restarted from epoch on each call, so results do not depend on
/// call order and equal the reference's for any sequence of times. Cost of that choice: resonant (12 h and 24 h)
/// orbits take |t| / 720 min integrator steps per call; the batch path carries the state
/// forward instead, with identical results.</para>
/// </remarks>
public sealed class Sgp4Propagator
{
    private const double MetersPerKilometer = 1000.0;

    private Sgp4Propagator(Sgp4Elements elements, Sgp4Options options, Sgp4Coefficients coefficients)
    {
        Elements = elements;
        Options = options;
        Coefficients = coefficients;
    }

    /// <summary>The mean elements this propagator was created from.</summary>
    public Sgp4Elements Elements { get; }

    /// <summary>The gravity model and operation mode in use.</summary>
    public Sgp4Options Options { get; }

    /// <summary>True when the deep-space (SDP4) terms apply: orbital period of 225 minutes or more.</summary>
    public bool IsDeepSpace => Coefficients.IsDeepSpace;

    internal Sgp4Coefficients Coefficients { get; }

    /// <summary>Initialises SGP4 for an element set (<c>sgp4init</c>) and checks it by propagating to epoch.</summary>
    /// <returns>The propagator, or the error code of the element set: <see cref="Sgp4Error.MeanEccentricityOutOfRange"/>
    /// for eccentricity outside [0, 1), <see cref="Sgp4Error.MeanMotionNotPositive"/> for a mean motion that is not
    /// positive, or any error SGP4 gives at epoch (e.g. <see cref="Sgp4Error.PerturbedEccentricityOutOfRange"/>).</returns>
    /// <remarks>Bad element sets are expected (they come from other agencies), so they are results, never exceptions.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Sgp4InitResult Create(Sgp4Elements elements, Sgp4Options options)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(options);

        JulianDate epochJd = elements.Epoch.ToJulianDate(TimeScale.Utc);
        double jdsatepoch = epochJd.Day + epochJd.Fraction;
        // Evaluated as the reference driver does (jdsatepoch + jdsatepochF - 2433281.5): the sum is rounded to a
        // double Julian date (about 40 µs) before the shift. Summing the fraction after the shift would be more
        // precise but moves the lunar-solar terms enough (4 mm at the perigee of 23333, e = 0.97) to miss tcppver.out.
        double daysSince1950 = jdsatepoch - JulianDateOf1950January0;
        char opsmode = options.Mode == Sgp4OperationMode.Afspc ? 'a' : 'i';

        var coefficients = new Sgp4Coefficients();
        Sgp4Error error = Sgp4Kernel.Initialize(
            Sgp4GravityConstants.Get(options.Gravity), opsmode, daysSince1950, jdsatepoch,
            elements.BstarPerEarthRadius, elements.Eccentricity, elements.ArgumentOfPerigeeRadians,
            elements.InclinationRadians, elements.MeanAnomalyRadians, elements.MeanMotionRadiansPerMinute,
            elements.RightAscensionOfAscendingNodeRadians, coefficients);
        return error == Sgp4Error.None
            ? new Sgp4InitResult(new Sgp4Propagator(elements, options, coefficients))
            : new Sgp4InitResult(error);
    }

    /// <summary>Position and velocity in TEME at <paramref name="minutesSinceEpoch"/> minutes after
    /// <see cref="Sgp4Elements.Epoch"/> (negative: before it).</summary>
    /// <remarks>Thread-safe; about 0.26 µs per call for a near-earth orbit (AMD EPYC; see <c>Sgp4Benchmarks</c>).</remarks>
    public Sgp4Result Propagate(double minutesSinceEpoch)
    {
        Sgp4Error error = Sgp4Kernel.Propagate(Coefficients, minutesSinceEpoch,
            out double rx, out double ry, out double rz, out double vx, out double vy, out double vz);
        if (error != Sgp4Error.None)
        {
            return new Sgp4Result(error, default, default);
        }

        return new Sgp4Result(error,
            new Vector3d(rx * MetersPerKilometer, ry * MetersPerKilometer, rz * MetersPerKilometer),
            new Vector3d(vx * MetersPerKilometer, vy * MetersPerKilometer, vz * MetersPerKilometer));
    }

    /// <summary>The TEME state at <paramref name="epoch"/>, or the error that stopped the propagation.</summary>
    /// <remarks>Minutes since epoch are (<paramref name="epoch"/> − <see cref="Sgp4Elements.Epoch"/>) in TAI
    /// (leap seconds between the two count as elapsed time). Thread-safe.</remarks>
    public Sgp4StateResult PropagateTo(Epoch epoch)
    {
        Sgp4Result result = Propagate((epoch - Elements.Epoch).TotalMinutes);
        return result.Success
            ? new Sgp4StateResult(Sgp4Error.None, new CartesianState(epoch, ReferenceFrame.Teme, result.PositionMeters, result.VelocityMetersPerSecond))
            : new Sgp4StateResult(result.Error, default);
    }

    // Julian date of 1950 January 0.0 (= 1949 December 31 0h), SGP4's day origin for epoch.
    private const double JulianDateOf1950January0 = 2433281.5;
}
