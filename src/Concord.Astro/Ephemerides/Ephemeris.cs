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
/// Positions are in metres, velocities in metres per second, all in <see cref="Frame"/>; epochs are <see cref="Epoch"/> values (any
/// time scale at the API). Instances are immutable and safe for concurrent use; interpolation allocates nothing on the heap.
/// </remarks>
public sealed class Ephemeris
{
    private const int MaxDegree = InterpolationKernels.MaxNodes - 1;

    /// <summary>The longest span of the nodes: 100 Julian years (an ephemeris is a product of weeks; a longer span is
    /// bad input, and node times are kept as <see cref="Duration"/> offsets, ±292 years).</summary>
    public static readonly Duration MaxSpan = Duration.FromDays(36_525);

    private readonly double[] _seconds;

    // Structure-of-arrays copies for the kernels (R17): x, y, z (m), then vx, vy, vz (m/s).
    private readonly double[][] _components;

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
        _components = [.. Enumerable.Range(0, 6).Select(_ => new double[epochs.Length])];
        for (int i = 0; i < epochs.Length; i++)
        {
            _seconds[i] = (epochs[i] - epochs[0]).TotalSeconds;
            Vector3d p = positionsMeters[i];
            Vector3d v = velocitiesMetersPerSecond[i];
            _components[0][i] = p.X;
            _components[1][i] = p.Y;
            _components[2][i] = p.Z;
            _components[3][i] = v.X;
            _components[4][i] = v.Y;
            _components[5][i] = v.Z;
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

        if (epochs[^1] > epochs[0] + MaxSpan)
        {
            throw new ArgumentException("The nodes span more than MaxSpan (100 years).", nameof(epochs));
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

        // Nodes relative to the window's first node keep the divided differences well conditioned.
        ReadOnlySpan<double> window = _seconds.AsSpan(start, count);
        double origin = window[0];
        Span<double> nodes = stackalloc double[count];
        for (int i = 0; i < count; i++)
        {
            nodes[i] = window[i] - origin;
        }

        double s = t - origin;
        Span<double> result = stackalloc double[6];
        if (Interpolation == EphemerisInterpolation.Hermite)
        {
            for (int c = 0; c < 3; c++)
            {
                InterpolationKernels.Hermite(nodes, _components[c].AsSpan(start, count), _components[c + 3].AsSpan(start, count), s,
                    out result[c], out result[c + 3]);
            }
        }
        else
        {
            Span<double> weights = stackalloc double[count];
            InterpolationKernels.BarycentricWeights(nodes, weights);
            for (int c = 0; c < 6; c++)
            {
                result[c] = InterpolationKernels.Lagrange(nodes, weights, _components[c].AsSpan(start, count), s);
            }
        }

        var position = new Vector3d(result[0], result[1], result[2]);
        var velocity = new Vector3d(result[3], result[4], result[5]);
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
}
