using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Tests.Mathematics;
using Concord.Astro.Time;
using V = Concord.Astro.Tests.Frames.Vallado2013Example315;

namespace Concord.Astro.Tests.Frames;

// Non-regression / consistency checks. Round trips are pure rotations (plus ω × r, which cancels), so they are exact to
// rounding: about 1e-15 relative measured; 1e-9 relative (the brief's bound) leaves a wide margin.
public sealed partial class FrameTransformerTests
{
    private const double RoundTripRelativeTolerance = 1e-9;

    public static TheoryData<ReferenceFrame, ReferenceFrame> FramePairs()
    {
        var data = new TheoryData<ReferenceFrame, ReferenceFrame>();
        foreach (ReferenceFrame source in Enum.GetValues<ReferenceFrame>())
        {
            foreach (ReferenceFrame target in Enum.GetValues<ReferenceFrame>())
            {
                if (source != target)
                {
                    data.Add(source, target);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FramePairs))]
    public void RoundTripIsIdentity(ReferenceFrame source, ReferenceFrame target)
    {
        foreach (CartesianState sample in Samples(source))
        {
            CartesianState there = s_vallado.Transform(sample, target);
            CartesianState back = s_vallado.Transform(there, source);

            Assert.Equal(target, there.Frame);
            Assert.Equal(sample.Epoch, back.Epoch);
            AssertRelative(sample.PositionMeters, back.PositionMeters, "position");
            AssertRelative(sample.VelocityMetersPerSecond, back.VelocityMetersPerSecond, "velocity");
        }
    }

    [Theory]
    [MemberData(nameof(FramePairs))]
    public void DirectConversionEqualsConversionThroughAThirdFrame(ReferenceFrame source, ReferenceFrame target)
    {
        foreach (ReferenceFrame via in Enum.GetValues<ReferenceFrame>())
        {
            CartesianState sample = Samples(source)[0];
            CartesianState direct = s_vallado.Transform(sample, target);
            CartesianState indirect = s_vallado.Transform(s_vallado.Transform(sample, via), target);

            AssertRelative(direct.PositionMeters, indirect.PositionMeters, $"position via {via}");
            AssertRelative(direct.VelocityMetersPerSecond, indirect.VelocityMetersPerSecond, $"velocity via {via}");
        }
    }

    [Theory]
    [MemberData(nameof(FramePairs))]
    public void PositionRotationAgreesWithTransform(ReferenceFrame source, ReferenceFrame target)
    {
        CartesianState sample = Samples(source)[1];

        Matrix3x3d rotation = s_vallado.PositionRotation(sample.Epoch, source, target);

        AssertRelative(s_vallado.Transform(sample, target).PositionMeters, rotation * sample.PositionMeters, "position");
        Assert.Equal(1.0, rotation.Determinant, 1e-14);
    }

    [Fact]
    public void SameFrameReturnsTheState()
    {
        Assert.Equal(V.Teme, s_vallado.Transform(V.Teme, ReferenceFrame.Teme));
        Assert.Equal(Matrix3x3d.Identity, s_vallado.PositionRotation(V.Epoch, ReferenceFrame.Itrf, ReferenceFrame.Itrf));
    }

    [Fact]
    public void EarthOrientationSourceIsAskedForTheStateEpoch()
    {
        var asked = new List<Epoch>();
        var transformer = new FrameTransformer(epoch =>
        {
            asked.Add(epoch);
            return V.Eop;
        });

        CartesianState itrf = transformer.Transform(V.Teme, ReferenceFrame.Itrf);

        Assert.Equal([V.Epoch], asked);
        Assert.Equal(s_vallado.Transform(V.Teme, ReferenceFrame.Itrf), itrf);
    }

    [Fact]
    public void UnknownFrameIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => s_vallado.Transform(V.Teme, (ReferenceFrame)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_vallado.Transform(V.Teme with { Frame = (ReferenceFrame)42 }, ReferenceFrame.Gcrf));
    }

    [Fact]
    public void Ut1MinusUtcRotatesTheEarthFixedPosition()
    {
        // 1 s of UT1 turns the Earth by ω·1 s = 7.29e-5 rad: 0.58 m at the example's 7,968 km from the axis.
        var late = new FrameTransformer(V.Eop with { Ut1MinusUtcSeconds = V.Eop.Ut1MinusUtcSeconds + 1.0 });

        double shift = (late.Transform(V.Teme, ReferenceFrame.Itrf).PositionMeters - V.Itrf.PositionMeters).Length;

        Assert.Equal(7.2921e-5 * 7_968_597.0, shift, 1e-2);
    }

    private static CartesianState[] Samples(ReferenceFrame frame)
    {
        Epoch[] epochs =
        [
            V.Epoch,
            Epoch.ParseIso("1995-01-01T00:00:00Z", TimeScale.Utc, LeapSecondHandling.AcceptAnnounced),
            Epoch.ParseIso("2026-03-10T18:42:07.25Z", TimeScale.Utc, LeapSecondHandling.AcceptAnnounced),
        ];
        (Vector3d R, Vector3d V)[] vectors =
        [
            (V.Teme.PositionMeters, V.Teme.VelocityMetersPerSecond),
            (new Vector3d(-42_164_000.0, 120_000.0, -3_000.0), new Vector3d(-8.0, -3_074.0, 0.5)),
            (new Vector3d(6_500_000.0, -100.0, 2_000_000.0), new Vector3d(1.0, 2_000.0, 7_300.0)),
        ];
        return [.. epochs.Zip(vectors, (epoch, rv) => new CartesianState(epoch, frame, rv.R, rv.V))];
    }

    private static void AssertRelative(Vector3d expected, Vector3d actual, string what)
    {
        double relative = (actual - expected).Length / expected.Length;
        Assert.True(relative < RoundTripRelativeTolerance, $"{what}: relative difference {relative:E3}");
    }
}
