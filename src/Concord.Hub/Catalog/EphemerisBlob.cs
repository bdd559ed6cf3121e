using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Hub.Catalog;

/// <summary>The compact binary form in which the hub stores an <see cref="Ephemeris"/> (an OEM segment's states, a
/// manoeuvre plan's trajectory), so that screening, plans and geometry build it without parsing CCSDS text back.</summary>
/// <remarks>
/// <para><b>Layout, version 1</b> (all integers and IEEE 754 doubles little-endian; epochs are
/// <see cref="Epoch.TaiNanosecondsSince2000"/>, exact):</para>
/// <code>
/// offset  size    field
///  0      1       version = 1
///  1      1       frame (ReferenceFrame: 0 TEME, 1 GCRF, 2 EME2000, 3 ITRF)
///  2      1       interpolation (EphemerisInterpolation: 0 Lagrange, 1 Hermite)
///  3      1       degree, 1 to 31
///  4      4       int32 node count N, ≥ 2
///  8      4       int32 covariance count M, ≥ 0
/// 12      8       int64 useable start
/// 20      8       int64 useable stop
/// 28      56 × N  nodes: int64 epoch, then x, y, z (m), vx, vy, vz (m/s) as float64
/// …       M ×     covariances: int64 epoch, int16 byte length L of the frame name (−1: none) and L bytes of UTF-8,
///                 then the 21 lower-triangle terms (m², m²/s, m²/s², row by row) as float64
/// </code>
/// <para>The values are those of the <see cref="Ephemeris"/> itself (SI, after the OEM mapping), so decoding gives an
/// ephemeris equal to the encoded one, bit for bit. Why a blob rather than a child table: a 30,000-node ephemeris is
/// 1.7 MB read in one row and decoded in one pass, where a table would be 30,000 rows to materialise per screening run,
/// and the nodes are never queried one by one.</para>
/// <para>Decoding checks the version, the enumerations, the counts and the length, and throws
/// <see cref="InvalidDataException"/> naming what is wrong: a stored blob that does not decode is corruption (a bug or a
/// damaged database), not user input. Pure and thread-safe.</para>
/// </remarks>
public static class EphemerisBlob
{
    /// <summary>The layout version written (the first byte).</summary>
    public const byte Version = 1;

    private const int HeaderBytes = 28;
    private const int NodeBytes = 8 + (6 * 8);
    private const int MaxDegree = 31;

    /// <summary>The blob of <paramref name="ephemeris"/>.</summary>
    /// <exception cref="ArgumentException">A covariance does not have 21 terms, or its frame name is longer than
    /// 32,767 bytes.</exception>
    public static byte[] Encode(Ephemeris ephemeris)
    {
        ArgumentNullException.ThrowIfNull(ephemeris);
        int length = HeaderBytes + (ephemeris.Count * NodeBytes);
        foreach (EphemerisCovariance covariance in ephemeris.Covariances)
        {
            if (covariance.LowerTriangleSi.Length != EphemerisCovariance.TermCount)
            {
                throw new ArgumentException($"A covariance has {EphemerisCovariance.TermCount} terms, not {covariance.LowerTriangleSi.Length}.", nameof(ephemeris));
            }

            int nameBytes = covariance.FrameName is null ? 0 : Encoding.UTF8.GetByteCount(covariance.FrameName);
            if (nameBytes > short.MaxValue)
            {
                throw new ArgumentException("A covariance frame name is too long to store.", nameof(ephemeris));
            }

            length += 8 + 2 + nameBytes + (EphemerisCovariance.TermCount * 8);
        }

        byte[] blob = new byte[length];
        Span<byte> span = blob;
        span[0] = Version;
        span[1] = (byte)ephemeris.Frame;
        span[2] = (byte)ephemeris.Interpolation;
        span[3] = (byte)ephemeris.Degree;
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], ephemeris.Count);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], ephemeris.Covariances.Length);
        BinaryPrimitives.WriteInt64LittleEndian(span[12..], ephemeris.UseableStart.TaiNanosecondsSince2000);
        BinaryPrimitives.WriteInt64LittleEndian(span[20..], ephemeris.UseableStop.TaiNanosecondsSince2000);
        int offset = HeaderBytes;
        for (int i = 0; i < ephemeris.Count; i++)
        {
            Vector3d p = ephemeris.PositionsMeters[i], v = ephemeris.VelocitiesMetersPerSecond[i];
            BinaryPrimitives.WriteInt64LittleEndian(span[offset..], ephemeris.Epochs[i].TaiNanosecondsSince2000);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(offset + 8)..], p.X);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(offset + 16)..], p.Y);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(offset + 24)..], p.Z);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(offset + 32)..], v.X);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(offset + 40)..], v.Y);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(offset + 48)..], v.Z);
            offset += NodeBytes;
        }

        foreach (EphemerisCovariance covariance in ephemeris.Covariances)
        {
            BinaryPrimitives.WriteInt64LittleEndian(span[offset..], covariance.Epoch.TaiNanosecondsSince2000);
            offset += 8;
            if (covariance.FrameName is null)
            {
                BinaryPrimitives.WriteInt16LittleEndian(span[offset..], -1);
                offset += 2;
            }
            else
            {
                int written = Encoding.UTF8.GetBytes(covariance.FrameName, span[(offset + 2)..]);
                BinaryPrimitives.WriteInt16LittleEndian(span[offset..], checked((short)written));
                offset += 2 + written;
            }

            foreach (double term in covariance.LowerTriangleSi)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(span[offset..], term);
                offset += 8;
            }
        }

        return blob;
    }

    /// <summary>The ephemeris stored in <paramref name="blob"/>.</summary>
    /// <exception cref="InvalidDataException">The blob is not a version-1 ephemeris: unknown version, frame or
    /// interpolation, a degree or count out of range, a length that does not match, or nodes that
    /// <see cref="Ephemeris.Create"/> refuses.</exception>
    public static Ephemeris Decode(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < HeaderBytes)
        {
            throw Corrupt($"{blob.Length} bytes, shorter than the {HeaderBytes}-byte header");
        }

        if (blob[0] != Version)
        {
            throw Corrupt($"version {blob[0]}, expected {Version}");
        }

        if (blob[1] > (byte)ReferenceFrame.Itrf)
        {
            throw Corrupt($"frame code {blob[1]}");
        }

        if (blob[2] > (byte)EphemerisInterpolation.Hermite)
        {
            throw Corrupt($"interpolation code {blob[2]}");
        }

        int degree = blob[3];
        int count = BinaryPrimitives.ReadInt32LittleEndian(blob[4..]);
        int covarianceCount = BinaryPrimitives.ReadInt32LittleEndian(blob[8..]);
        if (degree is < 1 or > MaxDegree)
        {
            throw Corrupt($"degree {degree}");
        }

        if (count < 2 || covarianceCount < 0 || count > (blob.Length - HeaderBytes) / NodeBytes)
        {
            throw Corrupt($"{count} nodes and {covarianceCount} covariances in {blob.Length} bytes");
        }

        Epoch useableStart = Epoch.FromTaiNanosecondsSince2000(BinaryPrimitives.ReadInt64LittleEndian(blob[12..]));
        Epoch useableStop = Epoch.FromTaiNanosecondsSince2000(BinaryPrimitives.ReadInt64LittleEndian(blob[20..]));
        var epochs = ImmutableArray.CreateBuilder<Epoch>(count);
        var positions = ImmutableArray.CreateBuilder<Vector3d>(count);
        var velocities = ImmutableArray.CreateBuilder<Vector3d>(count);
        int offset = HeaderBytes;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> node = blob.Slice(offset, NodeBytes);
            epochs.Add(Epoch.FromTaiNanosecondsSince2000(BinaryPrimitives.ReadInt64LittleEndian(node)));
            positions.Add(new Vector3d(BinaryPrimitives.ReadDoubleLittleEndian(node[8..]), BinaryPrimitives.ReadDoubleLittleEndian(node[16..]),
                BinaryPrimitives.ReadDoubleLittleEndian(node[24..])));
            velocities.Add(new Vector3d(BinaryPrimitives.ReadDoubleLittleEndian(node[32..]), BinaryPrimitives.ReadDoubleLittleEndian(node[40..]),
                BinaryPrimitives.ReadDoubleLittleEndian(node[48..])));
            offset += NodeBytes;
        }

        var covariances = ImmutableArray.CreateBuilder<EphemerisCovariance>();
        for (int c = 0; c < covarianceCount; c++)
        {
            if (blob.Length - offset < 10)
            {
                throw Corrupt($"covariance {c} truncated at byte {offset}");
            }

            Epoch epoch = Epoch.FromTaiNanosecondsSince2000(BinaryPrimitives.ReadInt64LittleEndian(blob[offset..]));
            short nameBytes = BinaryPrimitives.ReadInt16LittleEndian(blob[(offset + 8)..]);
            offset += 10;
            string? frameName = null;
            if (nameBytes >= 0)
            {
                if (blob.Length - offset < nameBytes)
                {
                    throw Corrupt($"covariance {c} frame name truncated at byte {offset}");
                }

                frameName = Encoding.UTF8.GetString(blob.Slice(offset, nameBytes));
                offset += nameBytes;
            }
            else if (nameBytes != -1)
            {
                throw Corrupt($"covariance {c} frame name length {nameBytes}");
            }

            if (blob.Length - offset < EphemerisCovariance.TermCount * 8)
            {
                throw Corrupt($"covariance {c} terms truncated at byte {offset}");
            }

            double[] terms = new double[EphemerisCovariance.TermCount];
            for (int t = 0; t < terms.Length; t++)
            {
                terms[t] = BinaryPrimitives.ReadDoubleLittleEndian(blob[(offset + (t * 8))..]);
            }

            offset += terms.Length * 8;
            covariances.Add(new EphemerisCovariance(epoch, frameName, ImmutableArray.Create(terms)));
        }

        if (offset != blob.Length)
        {
            throw Corrupt($"{blob.Length - offset} bytes after the last record");
        }

        try
        {
            return Ephemeris.Create((ReferenceFrame)blob[1], epochs.MoveToImmutable(), positions.MoveToImmutable(), velocities.MoveToImmutable(),
                (EphemerisInterpolation)blob[2], degree, useableStart, useableStop, covariances.ToImmutable());
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("Stored ephemeris blob is corrupt: " + e.Message, e);
        }
    }

    private static InvalidDataException Corrupt(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Stored ephemeris blob is corrupt: {what}."));
}
