using System.Buffers.Binary;
using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Probability;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Hub.Conjunctions;

/// <summary>One object of a <see cref="ConjunctionUpdateAssessment"/>: its state at TCA and the covariance the probability
/// assumed, as the engine computed them (TEME, SI; nothing rotated or rounded), and the names its CDM carries. Owned by
/// the assessment (columns <c>Assessment_Primary_…</c>, <c>Assessment_Secondary_…</c>).</summary>
public sealed class ConjunctionUpdateObject
{
    private const int CovarianceTermCount = 21;

    /// <summary>Position at TCA, TEME, metres (x).</summary>
    public double PositionXMeters { get; set; }

    /// <summary>Position at TCA, TEME, metres (y).</summary>
    public double PositionYMeters { get; set; }

    /// <summary>Position at TCA, TEME, metres (z).</summary>
    public double PositionZMeters { get; set; }

    /// <summary>Velocity at TCA, TEME, m/s (x).</summary>
    public double VelocityXMetersPerSecond { get; set; }

    /// <summary>Velocity at TCA, TEME, m/s (y).</summary>
    public double VelocityYMetersPerSecond { get; set; }

    /// <summary>Velocity at TCA, TEME, m/s (z).</summary>
    public double VelocityZMetersPerSecond { get; set; }

    /// <summary>The 6×6 RTN position/velocity covariance at TCA (21 lower-triangle terms, row by row, m², m²/s, m²/s²,
    /// the CDM's <c>CR_R</c> … <c>CNDOT_NDOT</c>) as 168 bytes of little-endian doubles; null when the method used none
    /// (<see cref="CovarianceSource.NotUsed"/>). Read and written through <see cref="RtnCovariance"/>.</summary>
    public byte[]? RtnCovarianceBytes { get; set; }

    /// <summary>Where the covariance came from (CDM <c>COVARIANCE_METHOD</c>: <c>CALCULATED</c> for
    /// <see cref="CovarianceSource.Supplied"/>, <c>DEFAULT</c> otherwise).</summary>
    public CovarianceSource CovarianceSource { get; set; }

    /// <summary>CDM <c>OBJECT_NAME</c>; null when unknown.</summary>
    public string? ObjectName { get; set; }

    /// <summary>CDM <c>INTERNATIONAL_DESIGNATOR</c>; null when unknown.</summary>
    public string? InternationalDesignator { get; set; }

    /// <summary>CDM <c>EPHEMERIS_NAME</c> (the operator ephemeris or plan used); null for an element set.</summary>
    public string? EphemerisName { get; set; }

    /// <summary>The covariance as 21 terms (default when none); see <see cref="RtnCovarianceBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The stored bytes are not 21 doubles.</exception>
    public ImmutableArray<double> RtnCovariance
    {
        get
        {
            if (RtnCovarianceBytes is not { } bytes)
            {
                return default;
            }

            if (bytes.Length != CovarianceTermCount * sizeof(double))
            {
                throw new InvalidDataException($"Stored RTN covariance is corrupt: {bytes.Length} bytes, expected {CovarianceTermCount * sizeof(double)}.");
            }

            var terms = new double[CovarianceTermCount];
            for (int i = 0; i < terms.Length; i++)
            {
                terms[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)));
            }

            return ImmutableArray.Create(terms);
        }

        set
        {
            if (value.IsDefault)
            {
                RtnCovarianceBytes = null;
                return;
            }

            if (value.Length != CovarianceTermCount)
            {
                throw new ArgumentException($"An RTN covariance has {CovarianceTermCount} terms, not {value.Length}.", nameof(value));
            }

            byte[] bytes = new byte[CovarianceTermCount * sizeof(double)];
            for (int i = 0; i < value.Length; i++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), value[i]);
            }

            RtnCovarianceBytes = bytes;
        }
    }

    /// <summary>The state at <paramref name="tca"/> (TEME).</summary>
    public CartesianState StateAt(Epoch tca) => new(tca, ReferenceFrame.Teme,
        new Vector3d(PositionXMeters, PositionYMeters, PositionZMeters),
        new Vector3d(VelocityXMetersPerSecond, VelocityYMetersPerSecond, VelocityZMetersPerSecond));

    /// <summary>Sets the position and velocity from <paramref name="state"/> (which must be TEME).</summary>
    public void SetState(CartesianState state)
    {
        if (state.Frame != ReferenceFrame.Teme)
        {
            throw new ArgumentException("The hub stores states at TCA in TEME.", nameof(state));
        }

        (PositionXMeters, PositionYMeters, PositionZMeters) = (state.PositionMeters.X, state.PositionMeters.Y, state.PositionMeters.Z);
        (VelocityXMetersPerSecond, VelocityYMetersPerSecond, VelocityZMetersPerSecond) =
            (state.VelocityMetersPerSecond.X, state.VelocityMetersPerSecond.Y, state.VelocityMetersPerSecond.Z);
    }
}
