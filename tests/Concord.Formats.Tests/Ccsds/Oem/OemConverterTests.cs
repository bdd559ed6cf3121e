using Concord.Astro.Ephemerides;
using Concord.Astro.Frames;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Oem;

public sealed class OemConverterTests
{
    [Fact]
    public void IssMapsToAnEme2000Ephemeris()
    {
        Concord.Formats.Ccsds.Oem.Oem oem = OemSamples.Read("ccsds/oem/ISS.resampled.truncated.txt").Message!;
        OemEphemerisResult result = OemConverter.ToEphemerides(oem);
        Assert.True(result.Success);
        Ephemeris ephemeris = Assert.Single(result.Ephemerides)!;
        Assert.Equal(ReferenceFrame.Eme2000, ephemeris.Frame);
        OemStateVector first = oem.Segments[0].GetStateVector(0);
        Assert.Equal(first.XKilometers * 1000.0, ephemeris.PositionsMeters[0].X);

        // At a node the interpolation returns the node. (This file is resampled hourly, far too coarse for accurate mid-points.)
        CartesianState atNode = ephemeris.Interpolate(ephemeris.Epochs[5]);
        Assert.Equal(ephemeris.PositionsMeters[5].X, atNode.PositionMeters.X, 1e-6);
        double step = (ephemeris.Epochs[6] - ephemeris.Epochs[5]).TotalSeconds;
        CartesianState middle = ephemeris.Interpolate(ephemeris.Epochs[5] + Concord.Astro.Time.Duration.FromSeconds(step / 2));
        Assert.Equal(ReferenceFrame.Eme2000, middle.Frame);
    }

    [Fact]
    public void MarsCentredSegmentsAreReportedWhenMapping()
    {
        OemReadResult read = OemSamples.Read("ccsds/oem/OEMExample1.txt");
        Assert.True(read.Success);
        OemEphemerisResult result = OemConverter.ToEphemerides(read.Message!);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsInvalidValue && d.Key == "CENTER_NAME");
        Assert.All(result.Ephemerides, Assert.Null);
    }

    [Fact]
    public void UnsupportedFrameIsReportedWhenMappingNotWhenParsing()
    {
        // OEMExample2.txt: segment 1 is in TOD (not an Astro frame), segment 2 in EME2000; TIME_SYSTEM MRT is not an Astro scale.
        OemReadResult read = OemSamples.Read("ccsds/oem/OEMExample2.txt");
        Assert.True(read.Success);
        OemEphemerisResult result = OemConverter.ToEphemerides(read.Message!);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsInvalidValue && d.Key == "REF_FRAME");
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsUnsupportedTimeSystem);
    }

    [Fact]
    public void GeneratedCircularOemInterpolatesBelowOneMillimetre()
    {
        // A circular 7000 km orbit written as an OEM (km, km/s, 60 s steps, HERMITE 5), read, mapped and interpolated at mid-points.
        const double Radius = 7000.0;
        double n = Math.Sqrt(398600.4418 / (Radius * Radius * Radius));
        var text = new System.Text.StringBuilder();
        text.AppendLine("CCSDS_OEM_VERS = 2.0").AppendLine("CREATION_DATE = 2024-01-01T00:00:00").AppendLine("ORIGINATOR = TEST").AppendLine("META_START")
            .AppendLine("OBJECT_NAME = SAT").AppendLine("OBJECT_ID = 2024-001A").AppendLine("CENTER_NAME = EARTH").AppendLine("REF_FRAME = GCRF")
            .AppendLine("TIME_SYSTEM = UTC").AppendLine("START_TIME = 2024-01-01T00:00:00").AppendLine("STOP_TIME = 2024-01-01T01:00:00")
            .AppendLine("INTERPOLATION = HERMITE").AppendLine("INTERPOLATION_DEGREE = 5").AppendLine("META_STOP");
        for (int i = 0; i <= 60; i++)
        {
            double t = i * 60.0;
            text.AppendLine(System.FormattableString.Invariant(
                $"2024-01-01T{i / 60:D2}:{i % 60:D2}:00 {Radius * Math.Cos(n * t):R} {Radius * Math.Sin(n * t):R} 0 {-Radius * n * Math.Sin(n * t):R} {Radius * n * Math.Cos(n * t):R} 0"));
        }

        OemReadResult read = OemReader.Parse(text.ToString());
        Assert.Empty(read.Diagnostics);
        Ephemeris ephemeris = Assert.Single(OemConverter.ToEphemerides(read.Message!).Ephemerides)!;
        Assert.Equal(ReferenceFrame.Gcrf, ephemeris.Frame);
        Assert.Equal(EphemerisInterpolation.Hermite, ephemeris.Interpolation);
        for (int i = 0; i < 60; i++)
        {
            double t = (i * 60.0) + 30.0;
            CartesianState state = ephemeris.Interpolate(ephemeris.Epochs[0] + Concord.Astro.Time.Duration.FromSeconds(t));
            Assert.Equal(Radius * 1000.0 * Math.Cos(n * t), state.PositionMeters.X, 1e-3);
            Assert.Equal(Radius * 1000.0 * Math.Sin(n * t), state.PositionMeters.Y, 1e-3);
        }
    }

    [Fact]
    public void ItrfFramesMap()
    {
        Assert.True(OemConverter.TryMapFrame("ITRF2000", out ReferenceFrame frame));
        Assert.Equal(ReferenceFrame.Itrf, frame);
        Assert.False(OemConverter.TryMapFrame("TOD", out _));
    }
}
