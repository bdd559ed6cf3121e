using System.Collections.Immutable;
using Concord.Astro.Conjunctions.Screening;
using Concord.Astro.Frames;
using Concord.Astro.Mathematics;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Diagnostics;
using CdmMessage = Concord.Formats.Ccsds.Cdm.Cdm;

namespace Concord.Formats.Tests.Ccsds.Cdm;

public sealed class ConjunctionCdmBuilderTests
{
    private static readonly Epoch s_tca = Epoch.FromCalendar(2026, 3, 14, 11, 8, 50, 281_370_296, TimeScale.Utc);
    private static readonly FrameTransformer s_frames = new(EarthOrientationParameters.Zero);

    // Made-up but physical LEO geometry (project data): two objects 9.5 m apart, crossing at ~9.8 km/s.
    private static ScreenedConjunction Conjunction() => new()
    {
        PrimaryIndex = 0,
        SecondaryIndex = 1,
        PrimaryId = "61721",
        SecondaryId = "67298",
        Tca = s_tca,
        MissDistanceMeters = 9.514393773711888,
        RelativeSpeedMetersPerSecond = 9756.89971903085,
        RelativePositionRtnMeters = new Vector3d(5.095784838221574, 6.168834906233172, -5.148023083032732),
        RelativeVelocityRtnMetersPerSecond = new Vector3d(-5.683574683029747, -6248.694745691669, -7493.388672647938),
        PrimaryState = new CartesianState(s_tca, ReferenceFrame.Teme, new Vector3d(3_420_000.5, -2_801_000.25, -5_242_900.0), new Vector3d(2780.0, 6848.5, -1841.0)),
        SecondaryState = new CartesianState(s_tca, ReferenceFrame.Teme, new Vector3d(3_420_004.0, -2_800_995.0, -5_242_895.0), new Vector3d(-4100.0, 2500.0, 6100.0)),
    };

    private static ConjunctionCdmOptions Options(double? pc = null) => new()
    {
        CreationDate = Epoch.FromCalendar(2026, 3, 10, 0, 0, 0, 0, TimeScale.Utc),
        MessageId = "TEST-1",
        ScreenStart = Epoch.FromCalendar(2026, 3, 9, 18, 0, 0, 0, TimeScale.Utc),
        ScreenStop = Epoch.FromCalendar(2026, 3, 16, 18, 0, 0, 0, TimeScale.Utc),
        Volume = new ScreeningVolume(2000, 25000, 25000),
        Frames = s_frames,
        CollisionProbability = pc,
        CollisionProbabilityMethod = pc is null ? null : "FOSTER-1992",
    };

    private static CdmMessage RoundTrip(CdmMessage cdm, CcsdsFormat format)
    {
        WriteResult written = CdmWriter.Write(cdm, format);
        Assert.True(written.Success, string.Join("\n", written.Diagnostics));
        CdmReadResult read = CdmReader.Parse(written.Text!);
        Assert.True(read.Success, string.Join("\n", read.Diagnostics));
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        return Assert.Single(read.Messages);
    }

    [Theory]
    [InlineData(CcsdsFormat.Kvn)]
    [InlineData(CcsdsFormat.Xml)]
    public void BuiltCdmRoundTripsThroughWriterAndReader(CcsdsFormat format)
    {
        CdmMessage cdm = ConjunctionCdmBuilder.Build(Conjunction(), Options());
        Assert.Equal(cdm, RoundTrip(cdm, format));
    }

    [Fact]
    public void RelativeDataAndScreeningComeFromTheConjunction()
    {
        ScreenedConjunction c = Conjunction();
        CdmRelativeMetadata relative = RoundTrip(ConjunctionCdmBuilder.Build(c, Options()), CcsdsFormat.Kvn).RelativeMetadata;
        Assert.Equal("2026-03-14T11:08:50.281370296", relative.Tca.ToString());
        Assert.Equal(c.MissDistanceMeters, relative.MissDistanceMeters);
        Assert.Equal(c.RelativeSpeedMetersPerSecond, relative.RelativeSpeedMetersPerSecond);
        Assert.Equal(c.RelativePositionRtnMeters, new Vector3d(relative.RelativePositionRMeters!.Value, relative.RelativePositionTMeters!.Value, relative.RelativePositionNMeters!.Value));
        Assert.Equal(c.RelativeVelocityRtnMetersPerSecond, new Vector3d(relative.RelativeVelocityRMetersPerSecond!.Value, relative.RelativeVelocityTMetersPerSecond!.Value, relative.RelativeVelocityNMetersPerSecond!.Value));
        Assert.Equal("2026-03-09T18:00:00", relative.StartScreenPeriod.ToString());
        Assert.Equal("2026-03-16T18:00:00", relative.StopScreenPeriod.ToString());
        Assert.Equal("RTN", relative.ScreenVolumeFrame);
        Assert.Equal("ELLIPSOID", relative.ScreenVolumeShape);
        Assert.Equal((2000.0, 25000.0, 25000.0), (relative.ScreenVolumeXMeters, relative.ScreenVolumeYMeters, relative.ScreenVolumeZMeters));
        Assert.Null(relative.CollisionProbability);
        Assert.Null(relative.CollisionProbabilityMethod);
    }

    [Fact]
    public void ProbabilityIsWrittenOnlyWhenGiven()
    {
        CdmRelativeMetadata relative = RoundTrip(ConjunctionCdmBuilder.Build(Conjunction(), Options(pc: 1.25e-4)), CcsdsFormat.Kvn).RelativeMetadata;
        Assert.Equal(1.25e-4, relative.CollisionProbability);
        Assert.Equal("FOSTER-1992", relative.CollisionProbabilityMethod);
    }

    [Fact]
    public void StatesAreTheTemeStatesRotatedToEme2000()
    {
        ScreenedConjunction c = Conjunction();
        CdmMessage cdm = RoundTrip(ConjunctionCdmBuilder.Build(c, Options()), CcsdsFormat.Kvn);
        foreach ((CdmObject o, CartesianState teme) in new[] { (cdm.Object1, c.PrimaryState), (cdm.Object2, c.SecondaryState) })
        {
            Assert.Equal("EME2000", o.Metadata.ReferenceFrame);
            CdmStateVector s = o.Data.StateVector;
            var position = new Vector3d(s.XKilometers, s.YKilometers, s.ZKilometers) * 1000.0;
            var velocity = new Vector3d(s.XDotKilometersPerSecond, s.YDotKilometersPerSecond, s.ZDotKilometersPerSecond) * 1000.0;
            CartesianState back = s_frames.Transform(new CartesianState(s_tca, ReferenceFrame.Eme2000, position, velocity), ReferenceFrame.Teme);

            // 1 µm and 1 nm/s: the rotation and its inverse in double precision, far below the km text's 17 digits.
            Assert.True((back.PositionMeters - teme.PositionMeters).Length < 1e-6);
            Assert.True((back.VelocityMetersPerSecond - teme.VelocityMetersPerSecond).Length < 1e-9);

            // TEME and EME2000 differ by precession since J2000 (~0.36° in 2026): the rotation was really applied.
            Assert.True((position - teme.PositionMeters).Length > 1000.0);
        }
    }

    [Fact]
    public void ObjectMetadataFollowTheStandardPlaceholders()
    {
        CdmMessage cdm = ConjunctionCdmBuilder.Build(Conjunction(), Options(),
            new ConjunctionCdmObjectInfo { ObjectName = "STARLINK-32469", InternationalDesignator = "2024-196Q", EphemerisName = "op.oem" });
        CdmObjectMetadata primary = cdm.Object1.Metadata;
        CdmObjectMetadata secondary = cdm.Object2.Metadata;
        Assert.Equal(("OBJECT1", "61721", "SATCAT", "STARLINK-32469", "2024-196Q", "op.oem"),
            (primary.ObjectRole, primary.ObjectDesignator, primary.CatalogName, primary.ObjectName, primary.InternationalDesignator, primary.EphemerisName));
        Assert.Equal(("OBJECT2", "67298", "UNKNOWN", "UNKNOWN", "NONE", "N/A"),
            (secondary.ObjectRole, secondary.ObjectDesignator, secondary.ObjectName, secondary.InternationalDesignator, secondary.EphemerisName, secondary.Maneuverable));
        Assert.Equal(("CONCORD", "TEST-1", "1.0"), (cdm.Header.Originator, cdm.Header.MessageId, cdm.Header.Version));
    }

    [Fact]
    public void MissingCovarianceIsAZeroPlaceholderWithCommentAndDefaultMethod()
    {
        CdmObject o = RoundTrip(ConjunctionCdmBuilder.Build(Conjunction(), Options()), CcsdsFormat.Kvn).Object2;
        Assert.Equal("DEFAULT", o.Metadata.CovarianceMethod);
        Assert.Equal([ConjunctionCdmBuilder.NoCovarianceComment], o.Data.RtnCovariance.Comments.Items);
        Assert.All(Enumerable.Range(0, CdmRtnCovariance.PositionVelocityTermCount), i => Assert.Equal(0.0, o.Data.RtnCovariance.Term(i)));
    }

    [Fact]
    public void GivenCovarianceIsWrittenTermByTerm()
    {
        ImmutableArray<double> terms = [.. Enumerable.Range(1, CdmRtnCovariance.PositionVelocityTermCount).Select(i => i * 1.5)];
        CdmObject o = RoundTrip(ConjunctionCdmBuilder.Build(Conjunction(), Options(), new ConjunctionCdmObjectInfo { RtnCovarianceSi = terms }), CcsdsFormat.Kvn).Object1;
        Assert.Equal("CALCULATED", o.Metadata.CovarianceMethod);
        Assert.Equal(terms, Enumerable.Range(0, terms.Length).Select(i => o.Data.RtnCovariance.Term(i)!.Value));
        Assert.Null(o.Data.RtnCovariance.Term(CdmRtnCovariance.PositionVelocityTermCount));
    }

    [Fact]
    public void CovarianceOfTheWrongSizeIsACallerBug()
    {
        Assert.Throws<ArgumentException>(() => ConjunctionCdmBuilder.Build(Conjunction(), Options(),
            new ConjunctionCdmObjectInfo { RtnCovarianceSi = [1.0, 2.0] }));
    }
}
