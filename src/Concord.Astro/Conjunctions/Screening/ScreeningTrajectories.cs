using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Screening;

/// <summary>The screened trajectories seen as functions of seconds since the window start, in TEME, km and km/s:
/// sampled in bulk for the filter (SIMD SGP4 for element sets) and evaluated one at a time for refinement.</summary>
/// <remarks>Thread-safe after construction: propagators and ephemerides are only read.</remarks>
internal sealed class ScreeningTrajectories
{
    internal const int Components = 6;
    private const double MetersPerKilometer = 1000.0;
    private const double SecondsPerMinute = 60.0;

    private readonly IReadOnlyList<ScreeningObject> _objects;
    private readonly Sgp4Batch? _batch;
    private readonly int[] _batchToObject;
    private readonly double[] _startMinutes; // per batch object: window start in minutes since its element epoch
    private readonly int[] _ephemerisObjects;

    // Resonance integrators carried from one Sample call to the next (consecutive calls go forward in time):
    // restarting them from each element epoch cost a third of the sampling time on the 2022 catalogue.
    private readonly double[] _deepSpaceCarry;
    private readonly bool _batchIndexIsObjectIndex;

    public ScreeningTrajectories(IReadOnlyList<ScreeningObject> objects, Epoch start)
    {
        _objects = objects;
        Start = start;
        var propagators = new List<Sgp4Propagator>();
        var batchToObject = new List<int>();
        var ephemerides = new List<int>();
        for (int i = 0; i < objects.Count; i++)
        {
            if (objects[i].Propagator is { } p)
            {
                propagators.Add(p);
                batchToObject.Add(i);
            }
            else
            {
                ephemerides.Add(i);
            }
        }

        _batchToObject = [.. batchToObject];
        _ephemerisObjects = [.. ephemerides];
        _startMinutes = new double[propagators.Count];
        for (int b = 0; b < propagators.Count; b++)
        {
            _startMinutes[b] = (start - propagators[b].Elements.Epoch).TotalMinutes;
        }

        _batch = propagators.Count > 0 ? new Sgp4Batch(propagators) : null;

        // The screener puts its SGP4 objects first, so batch indices are object indices and the batch can store
        // whole vectors at once (it orders them near-earth, then deep-space, as the batch lays them out).
        _batchIndexIsObjectIndex = _batchToObject.AsSpan().SequenceEqual(Enumerable.Range(0, _batchToObject.Length).ToArray());
        _deepSpaceCarry = _batch is null ? [] : new double[3 * _batch.DeepSpace.LaneCount];
    }

    public Epoch Start { get; }

    public int Count => _objects.Count;

    /// <summary>Samples every object (calls must go forward in time) at <c>firstSeconds + s·stepSeconds</c>, s &lt; <paramref name="sampleCount"/>, into
    /// <paramref name="data"/> laid out [sample][component][object]; NaN where an object has no state.</summary>
    /// <returns>The SGP4 errors met, as (object index, error); each object stops at its first error.</returns>
    public IReadOnlyList<(int ObjectIndex, Sgp4Error Error)> Sample(double firstSeconds, double stepSeconds, int sampleCount, double[] data, int threadCount)
    {
        var failures = new List<(int, Sgp4Error)>();
        int n = _objects.Count;
        if (_ephemerisObjects.Length > 0)
        {
            // The batch writes every SGP4 object's slots (NaN after a failure); ephemeris slots start empty.
            int stride = Components * n;
            for (int s = 0; s < sampleCount; s++)
            {
                for (int c = 0; c < Components; c++)
                {
                    foreach (int i in _ephemerisObjects)
                    {
                        data[(s * stride) + (c * n) + i] = double.NaN;
                    }
                }
            }
        }
        if (_batch is not null)
        {
            var start = new double[_startMinutes.Length];
            for (int b = 0; b < start.Length; b++)
            {
                start[b] = _startMinutes[b] + (firstSeconds / SecondsPerMinute);
            }

            var layout = new Sgp4BatchOutput(data, 1, Components * n, n, _batchIndexIsObjectIndex ? null : _batchToObject);
            Sgp4BatchSummary summary = Sgp4BatchPropagation.Run(_batch, start, stepSeconds / SecondsPerMinute, sampleCount,
                Sgp4VectorWidth.Auto, threadCount, layout, _deepSpaceCarry);
            foreach (Sgp4BatchFailure failure in summary.Failures)
            {
                failures.Add((_batchToObject[failure.ObjectIndex], failure.Error));
            }
        }

        foreach (int i in _ephemerisObjects)
        {
            for (int s = 0; s < sampleCount; s++)
            {
                if (TryState(i, firstSeconds + (s * stepSeconds), out Vector3d r, out Vector3d v))
                {
                    int at = (s * Components * n) + i;
                    data[at] = r.X;
                    data[at + n] = r.Y;
                    data[at + (2 * n)] = r.Z;
                    data[at + (3 * n)] = v.X;
                    data[at + (4 * n)] = v.Y;
                    data[at + (5 * n)] = v.Z;
                }
            }
        }

        return failures;
    }

    /// <summary>State of object <paramref name="index"/> at <paramref name="seconds"/> after the window start (TEME, km,
    /// km/s), or false when it has none (SGP4 error, outside the ephemeris).</summary>
    public bool TryState(int index, double seconds, out Vector3d positionKm, out Vector3d velocityKmPerSecond)
    {
        ScreeningObject o = _objects[index];
        if (o.Propagator is { } propagator)
        {
            double minutes = (Start - propagator.Elements.Epoch).TotalMinutes + (seconds / SecondsPerMinute);
            Sgp4Result result = propagator.Propagate(minutes);
            if (!result.Success)
            {
                positionKm = default;
                velocityKmPerSecond = default;
                return false;
            }

            positionKm = result.PositionMeters / MetersPerKilometer;
            velocityKmPerSecond = result.VelocityMetersPerSecond / MetersPerKilometer;
            return true;
        }

        Ephemeris ephemeris = o.Ephemeris!;
        EphemerisInterpolationResult interpolated = ephemeris.TryInterpolate(Start + Duration.FromSeconds(seconds));
        if (!interpolated.Success)
        {
            positionKm = default;
            velocityKmPerSecond = default;
            return false;
        }

        CartesianState teme = ephemeris.Frame == ReferenceFrame.Teme
            ? interpolated.State
            : o.Frames!.Transform(interpolated.State, ReferenceFrame.Teme);
        positionKm = teme.PositionMeters / MetersPerKilometer;
        velocityKmPerSecond = teme.VelocityMetersPerSecond / MetersPerKilometer;
        return true;
    }
}
