using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Diagnostics;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;
using Concord.Hub.Catalog;

namespace Concord.Hub.Tests.Catalog;

public sealed class EphemerisBlobTests
{
    private static readonly Epoch s_start = Epoch.FromCalendar(2026, 1, 10, 12, 0, 0, 123_456_789, TimeScale.Utc);

    [Theory]
    [InlineData(ReferenceFrame.Teme, EphemerisInterpolation.Lagrange, 5, 0)]
    [InlineData(ReferenceFrame.Eme2000, EphemerisInterpolation.Hermite, 7, 3)]
    [InlineData(ReferenceFrame.Gcrf, EphemerisInterpolation.Lagrange, 1, 1)]
    public void Decode_OfEncode_IsTheSameEphemeris_BitForBit(ReferenceFrame frame, EphemerisInterpolation interpolation, int degree, int covariances)
    {
        Ephemeris original = Sample(frame, interpolation, degree, 50, covariances);

        Ephemeris decoded = EphemerisBlob.Decode(EphemerisBlob.Encode(original));

        EphemerisAssert.Identical(original, decoded);
        Assert.Equal(covariances, decoded.Covariances.Length);
    }

    [Fact]
    public void Encode_WritesTheDocumentedLayout()
    {
        Ephemeris ephemeris = Sample(ReferenceFrame.Eme2000, EphemerisInterpolation.Hermite, 7, 3, 0);

        byte[] blob = EphemerisBlob.Encode(ephemeris);

        Assert.Equal(28 + (3 * 56), blob.Length);
        Assert.Equal([EphemerisBlob.Version, (byte)ReferenceFrame.Eme2000, (byte)EphemerisInterpolation.Hermite, 7], blob[..4]);
        Assert.Equal((3, 0), (BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(4)), BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(8))));
        Assert.Equal(ephemeris.Epochs[1].TaiNanosecondsSince2000, BinaryPrimitives.ReadInt64LittleEndian(blob.AsSpan(28 + 56)));
        Assert.Equal(ephemeris.PositionsMeters[1].X, BinaryPrimitives.ReadDoubleLittleEndian(blob.AsSpan(28 + 56 + 8)));
    }

    public static TheoryData<string, Func<byte[], byte[]>> Corruptions => new()
    {
        { "empty", _ => [] },
        { "unknown version", b => With(b, 0, 2) },
        { "unknown frame", b => With(b, 1, 9) },
        { "unknown interpolation", b => With(b, 2, 7) },
        { "degree 0", b => With(b, 3, 0) },
        { "degree 32", b => With(b, 3, 32) },
        { "truncated node", b => b[..^8] },
        { "truncated covariance", b => b[..^100] },
        { "trailing bytes", b => [.. b, 0] },
        { "node count larger than the blob", b => { byte[] c = [.. b]; BinaryPrimitives.WriteInt32LittleEndian(c.AsSpan(4), int.MaxValue); return c; } },
        { "negative covariance count", b => { byte[] c = [.. b]; BinaryPrimitives.WriteInt32LittleEndian(c.AsSpan(8), -1); return c; } },
        { "epochs out of order", b => { byte[] c = [.. b]; BinaryPrimitives.WriteInt64LittleEndian(c.AsSpan(28 + 56), 0); return c; } },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Decode_OfACorruptBlob_ThrowsInvalidDataException_SayingSo(string corruption, Func<byte[], byte[]> corrupt)
    {
        byte[] blob = corrupt(EphemerisBlob.Encode(Sample(ReferenceFrame.Teme, EphemerisInterpolation.Lagrange, 5, 10, 2)));

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => EphemerisBlob.Decode(blob));
        Assert.True(error.Message.StartsWith("Stored ephemeris blob is corrupt", StringComparison.Ordinal), corruption + ": " + error.Message);
    }

    [Fact]
    public void Decode_OfA30000NodeEphemeris_TakesMilliseconds()
    {
        byte[] blob = EphemerisBlob.Encode(Sample(ReferenceFrame.Teme, EphemerisInterpolation.Lagrange, 5, 30_000, 0));

        EphemerisBlob.Decode(blob); // warm up
        var clock = Stopwatch.StartNew();
        Ephemeris decoded = EphemerisBlob.Decode(blob);
        clock.Stop();

        Assert.Equal(30_000, decoded.Count);
        // Measured about 5 ms on the 2-core build machine; 500 ms leaves room for a loaded CI runner.
        Assert.InRange(clock.ElapsedMilliseconds, 0, 500);
    }

    private static byte[] With(byte[] blob, int index, byte value)
    {
        byte[] copy = [.. blob];
        copy[index] = value;
        return copy;
    }

    private static Ephemeris Sample(ReferenceFrame frame, EphemerisInterpolation interpolation, int degree, int count, int covariances)
    {
        var epochs = ImmutableArray.CreateBuilder<Epoch>(count);
        var positions = ImmutableArray.CreateBuilder<Vector3d>(count);
        var velocities = ImmutableArray.CreateBuilder<Vector3d>(count);
        for (int i = 0; i < count; i++)
        {
            double angle = i * 0.01;
            epochs.Add(s_start + Duration.FromSeconds(60.0 * i));
            positions.Add(new Vector3d(7_000_000.0 * Math.Cos(angle), 7_000_000.0 * Math.Sin(angle), 1_000.0 / 3.0));
            velocities.Add(new Vector3d(-7_500.0 * Math.Sin(angle), 7_500.0 * Math.Cos(angle), Math.PI));
        }

        ImmutableArray<EphemerisCovariance> covarianceList = [.. Enumerable.Range(0, covariances).Select(c => new EphemerisCovariance(
            epochs[c], c % 2 == 0 ? "RTN" : null, [.. Enumerable.Range(0, EphemerisCovariance.TermCount).Select(t => (t + 1) * 1.1e-3 / (c + 1))]))];
        ImmutableArray<Epoch> nodes = epochs.MoveToImmutable();
        return Ephemeris.Create(frame, nodes, positions.MoveToImmutable(), velocities.MoveToImmutable(), interpolation, degree,
            nodes[0] + Duration.FromSeconds(30.0), nodes[^1] - Duration.FromSeconds(30.0), covarianceList);
    }
}
