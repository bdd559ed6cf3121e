using System.Collections.Immutable;
using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;

namespace Concord.Astro.Conjunctions.Probability;

/// <summary>Covariances as 21-term lower triangles in an object's RTN axes (the layout of CCSDS 502.0-B-3 §5.2.5 OEM
/// covariance and of <see cref="EphemerisCovariance.LowerTriangleSi"/>: row i holds columns 0..i of the 6×6 position and
/// velocity covariance, SI units). Thread-safe.</summary>
public static class RtnCovariance
{
    /// <summary>The covariance of <paramref name="ephemeris"/> nearest <paramref name="stateTeme"/>'s epoch, in the RTN axes
    /// of that state, when one lies within <paramref name="maxAge"/> and is given in RTN (RTN, RSW, RIC, UVW) or in an
    /// inertial frame the transformer knows (EME2000/J2000, GCRF/ICRF, TEME); null otherwise.</summary>
    /// <param name="ephemeris">The object's ephemeris.</param>
    /// <param name="stateTeme">The object's state (TEME) at the time of interest, for example TCA.</param>
    /// <param name="frames">Rotations from TEME into the covariance's frame.</param>
    /// <param name="maxAge">How far from the state's epoch a covariance may be.</param>
    public static ImmutableArray<double>? Nearest(Ephemeris ephemeris, CartesianState stateTeme, FrameTransformer frames, Duration maxAge)
    {
        ArgumentNullException.ThrowIfNull(ephemeris);
        ArgumentNullException.ThrowIfNull(frames);
        if (ephemeris.Covariances.IsEmpty)
        {
            return null;
        }

        EphemerisCovariance nearest = ephemeris.Covariances.MinBy(c => Math.Abs((c.Epoch - stateTeme.Epoch).TotalSeconds))!;
        if (Math.Abs((nearest.Epoch - stateTeme.Epoch).TotalSeconds) > maxAge.TotalSeconds
            || nearest.LowerTriangleSi.Length != EphemerisCovariance.TermCount)
        {
            return null;
        }

        string frame = (nearest.FrameName ?? ephemeris.Frame.ToString()).ToUpperInvariant();
        if (frame is "RTN" or "RSW" or "RIC" or "UVW")
        {
            return nearest.LowerTriangleSi;
        }

        ReferenceFrame? inertial = frame switch
        {
            "EME2000" or "J2000" => ReferenceFrame.Eme2000,
            "GCRF" or "ICRF" => ReferenceFrame.Gcrf,
            "TEME" => ReferenceFrame.Teme,
            _ => null,
        };
        return inertial is { } known
            ? Rotate(nearest.LowerTriangleSi, Rtn.InertialToRtn(frames.Transform(stateTeme, known)))
            : null;
    }

    /// <summary>The lower triangle of a covariance whose position block is <paramref name="positionBlock"/> and whose
    /// velocity terms are zero (a regime default, <see cref="DefaultCovariance.RtnCovarianceSquareMeters"/>).</summary>
    public static ImmutableArray<double> FromPositionBlock(Matrix3x3d positionBlock)
    {
        var terms = new double[EphemerisCovariance.TermCount];
        terms[0] = positionBlock.M11;
        terms[1] = positionBlock.M21;
        terms[2] = positionBlock.M22;
        terms[3] = positionBlock.M31;
        terms[4] = positionBlock.M32;
        terms[5] = positionBlock.M33;
        return [.. terms];
    }

    /// <summary>The 3×3 position block of a lower triangle.</summary>
    public static Matrix3x3d PositionBlock(ImmutableArray<double> lowerTriangle) =>
        new(lowerTriangle[0], lowerTriangle[1], lowerTriangle[3],
            lowerTriangle[1], lowerTriangle[2], lowerTriangle[4],
            lowerTriangle[3], lowerTriangle[4], lowerTriangle[5]);

    /// <summary>C' = B C Bᵀ with B = blockdiag(M, M) on the lower triangle (positions and velocities rotate alike; the
    /// rotation's own rate is neglected, as CCSDS 508.0-B-1 does for CDM RTN covariances).</summary>
    /// <param name="lowerTriangle">The 21 terms in the source axes.</param>
    /// <param name="rotation">M, from the source axes to the target axes.</param>
    public static ImmutableArray<double> Rotate(ImmutableArray<double> lowerTriangle, Matrix3x3d rotation)
    {
        var full = new double[6, 6];
        int k = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                full[i, j] = lowerTriangle[k];
                full[j, i] = lowerTriangle[k];
                k++;
            }
        }

        var b = new double[6, 6];
        double[] rows = [rotation.M11, rotation.M12, rotation.M13, rotation.M21, rotation.M22, rotation.M23, rotation.M31, rotation.M32, rotation.M33];
        for (int block = 0; block < 6; block += 3)
        {
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    b[block + i, block + j] = rows[(3 * i) + j];
                }
            }
        }

        var result = new double[EphemerisCovariance.TermCount];
        k = 0;
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = 0.0;
                for (int p = 0; p < 6; p++)
                {
                    for (int q = 0; q < 6; q++)
                    {
                        sum += b[i, p] * full[p, q] * b[j, q];
                    }
                }

                result[k++] = sum;
            }
        }

        return [.. result];
    }
}
