using System.Collections.Immutable;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Ephemerides;

/// <summary>
/// An immutable, time-ordered table of Cartesian states (SI units) in one frame, interpolated on a sliding window of
/// <c>degree + 1</c> nodes centred on the requested epoch (the CCSDS 502.0 OEM convention, as in Orekit).
/// </summary>
/// <remarks>
/// Lagrange: positions and velocities are each interpolated with the barycentric formula (second kind) of
/// J.-P. Berrut and L. N. Trefethen, "Barycentric Lagrange Interpolation", SIAM Review 46(3), 2004, eqs. (4.2) and (3.3).
/// Hermite: positions are interpolated with their velocities as derivatives by Newton divided differences on doubled
/// nodes (R. L. Burden and J. D. Faires, Numerical Analysis, 9th ed., §3.4, Algorithm 3.3); the velocity is the derivative
/// of that polynomial. A window of <c>n</c> nodes gives a polynomial of degree <c>2n − 1</c>.
/// </remarks>
public sealed class Ephemeris
{
    private const int MaxDegree = 31;

    private readonly double[] _seconds;

    private Ephemeris(
        ReferenceFrame frame,
        ImmutableArray<Epoch> epochs,
        ImmutableArray<Vector3d> positionsMeters,
        ImmutableArray<Vector3d> velocitiesMetersPerSecond,
        EphemerisInterpolation interpolation,
        int degree,
        Epoch useableStart,
        Epoch useableStop,
        ImmutableArray<EphemerisCovariance> covariances)
    {
        Frame = frame;
        Epochs = epochs;
        PositionsMeters = positionsMeters;
        VelocitiesMetersPerSecond = velocitiesMetersPerSecond;
        Interpolation = interpolation;
        Degree = degree;
        UseableStart = useableStart;
        UseableStop = useableStop;
        Covariances = covariances;
        _seconds = new double[epochs.Length];
        for (int i = 0; i < epochs.Length; i++)
        {
            _seconds[i] = (epochs[i] - epochs[0]).TotalSeconds;
        }
    }

    /// <summary>Gets the frame of every state.</summary>
    public ReferenceFrame Frame { get; }

    /// <summary>Gets the node epochs, strictly increasing.</summary>
    public ImmutableArray<Epoch> Epochs { get; }

    /// <summary>Gets the node positions in metres.</summary>
    public ImmutableArray<Vector3d> PositionsMeters { get; }

    /// <summary>Gets the node velocities in metres per second.</summary>
    public ImmutableArray<Vector3d> VelocitiesMetersPerSecond { get; }

    /// <summary>Gets the interpolation method.</summary>
    public EphemerisInterpolation Interpolation { get; }

    /// <summary>Gets the interpolation degree N: windows hold N + 1 nodes (fewer when the table is shorter).</summary>
    public int Degree { get; }

    /// <summary>Gets the first epoch at which interpolation is allowed.</summary>
    public Epoch UseableStart { get; }

    /// <summary>Gets the last epoch at which interpolation is allowed.</summary>
    public Epoch UseableStop { get; }

    /// <summary>Gets the covariances given with the ephemeris, in time order of the source.</summary>
    public ImmutableArray<EphemerisCovariance> Covariances { get; }

    /// <summary>Gets the number of nodes.</summary>
    public int Count => Epochs.Length;

    /// <summary>Creates an ephemeris, validating its arguments.</summary>
    /// <param name="frame">The frame of the states.</param>
    /// <param name="epochs">The node epochs, strictly increasing; at least two.</param>
    /// <param name="positionsMeters">The positions in metres, one per epoch.</param>
    /// <param name="velocitiesMetersPerSecond">The velocities in metres per second, one per epoch.</param>
    /// <param name="interpolation">The interpolation method.</param>
    /// <param name="degree">The interpolation degree, 1 to 31.</param>
    /// <param name="useableStart">The useable start, or <c>null</c> for the first epoch; clamped to the nodes.</param>
    /// <param name="useableStop">The useable stop, or <c>null</c> for the last epoch; clamped to the nodes.</param>
    /// <param name="covariances">Optional covariances.</param>
    /// <returns>The ephemeris.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, are too short, or the epochs are not increasing.</exception>
    public static Ephemeris Create(
        ReferenceFrame frame,
        ImmutableArray<Epoch> epochs,
        ImmutableArray<Vector3d> positionsMeters,
        ImmutableArray<Vector3d> velocitiesMetersPerSecond,
        EphemerisInterpolation interpolation,
        int degree,
        Epoch? useableStart = null,
        Epoch? useableStop = null,
        ImmutableArray<EphemerisCovariance> covariances = default)
    {
        if (epochs.IsDefault || positionsMeters.IsDefault || velocitiesMetersPerSecond.IsDefault)
        {
            throw new ArgumentException("Epochs, positions and velocities are required.", nameof(epochs));
        }

        if (epochs.Length < 2 || positionsMeters.Length != epochs.Length || velocitiesMetersPerSecond.Length != epochs.Length)
        {
            throw new ArgumentException("At least two nodes are required, with one position and one velocity per epoch.", nameof(epochs));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, MaxDegree);
        for (int i = 1; i < epochs.Length; i++)
        {
            if (epochs[i] <= epochs[i - 1])
            {
                throw new ArgumentException($"Epoch {i} is not after epoch {i - 1}.", nameof(epochs));
            }
        }

        Epoch first = epochs[0];
        Epoch last = epochs[^1];
        Epoch start = useableStart is { } s && s > first ? s : first;
        Epoch stop = useableStop is { } e && e < last ? e : last;
        return new Ephemeris(frame, epochs, positionsMeters, velocitiesMetersPerSecond, interpolation, degree, start, stop,
            covariances.IsDefault ? [] : covariances);
    }

    /// <summary>Interpolates the state at an epoch inside [<see cref="UseableStart"/>, <see cref="UseableStop"/>].</summary>
    /// <param name="epoch">The epoch.</param>
    /// <returns>The state, or the reason there is none.</returns>
    public EphemerisInterpolationResult TryInterpolate(Epoch epoch)
    {
        if (epoch < UseableStart)
        {
            return new EphemerisInterpolationResult(EphemerisInterpolationStatus.BeforeUseableStart, default);
        }

        if (epoch > UseableStop)
        {
            return new EphemerisInterpolationResult(EphemerisInterpolationStatus.AfterUseableStop, default);
        }

        double t = (epoch - Epochs[0]).TotalSeconds;
        int count = Math.Min(Degree + 1, Count);
        int start = WindowStart(t, count);
        Vector3d position;
        Vector3d velocity;
        if (Interpolation == EphemerisInterpolation.Hermite)
        {
            Hermite(start, count, t, out position, out velocity);
        }
        else
        {
            position = Lagrange(PositionsMeters.AsSpan(start, count), start, t);
            velocity = Lagrange(VelocitiesMetersPerSecond.AsSpan(start, count), start, t);
        }

        return new EphemerisInterpolationResult(EphemerisInterpolationStatus.Success, new CartesianState(epoch, Frame, position, velocity));
    }

    /// <summary>Interpolates the state at an epoch.</summary>
    /// <param name="epoch">The epoch, inside [<see cref="UseableStart"/>, <see cref="UseableStop"/>].</param>
    /// <returns>The interpolated state.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The epoch is outside the useable interval.</exception>
    public CartesianState Interpolate(Epoch epoch)
    {
        EphemerisInterpolationResult result = TryInterpolate(epoch);
        if (!result.Success)
        {
            throw new ArgumentOutOfRangeException(nameof(epoch), epoch, $"The epoch is outside the useable interval ({result.Status}).");
        }

        return result.State;
    }

    private int WindowStart(double t, int count)
    {
        // Index of the last node at or before t, then centre the window on the interval [k, k+1].
        int index = Array.BinarySearch(_seconds, t);
        int k = index >= 0 ? index : ~index - 1;
        int start = k - ((count - 1) / 2);
        return Math.Clamp(start, 0, Count - count);
    }

    private Vector3d Lagrange(ReadOnlySpan<Vector3d> values, int start, double t)
    {
        // Barycentric formula of the second kind (Berrut & Trefethen 2004, eq. 4.2) with weights from eq. 3.3.
        ReadOnlySpan<double> x = _seconds.AsSpan(start, values.Length);
        Vector3d numerator = Vector3d.Zero;
        double denominator = 0.0;
        for (int j = 0; j < x.Length; j++)
        {
            double difference = t - x[j];
            if (difference == 0.0)
            {
                return values[j];
            }

            double weight = 1.0;
            for (int k = 0; k < x.Length; k++)
            {
                if (k != j)
                {
                    weight *= x[j] - x[k];
                }
            }

            double term = 1.0 / (weight * difference);
            numerator += values[j] * term;
            denominator += term;
        }

        return numerator / denominator;
    }

    private void Hermite(int start, int count, double t, out Vector3d position, out Vector3d velocity)
    {
        // Newton divided differences on doubled nodes z(2i) = z(2i+1) = x(i) (Burden & Faires, Algorithm 3.3).
        ReadOnlySpan<double> x = _seconds.AsSpan(start, count);
        ReadOnlySpan<Vector3d> p = PositionsMeters.AsSpan(start, count);
        ReadOnlySpan<Vector3d> v = VelocitiesMetersPerSecond.AsSpan(start, count);
        int n = 2 * count;
        Span<double> z = stackalloc double[n];
        Span<Vector3d> c = stackalloc Vector3d[n];
        double origin = x[0];
        for (int i = 0; i < count; i++)
        {
            z[2 * i] = x[i] - origin;
            z[(2 * i) + 1] = x[i] - origin;
            c[2 * i] = p[i];
            c[(2 * i) + 1] = p[i];
        }

        for (int order = 1; order < n; order++)
        {
            for (int j = n - 1; j >= order; j--)
            {
                if (order == 1 && (j & 1) == 1)
                {
                    c[j] = v[j / 2];
                }
                else
                {
                    c[j] = (c[j] - c[j - 1]) / (z[j] - z[j - order]);
                }
            }
        }

        // Horner evaluation of the Newton form and of its derivative.
        double s = t - origin;
        Vector3d value = c[n - 1];
        Vector3d derivative = Vector3d.Zero;
        for (int k = n - 2; k >= 0; k--)
        {
            double factor = s - z[k];
            derivative = (derivative * factor) + value;
            value = (value * factor) + c[k];
        }

        position = value;
        velocity = derivative;
    }
}
