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
    public void ItrfFramesMap()
    {
        Assert.True(OemConverter.TryMapFrame("ITRF2000", out ReferenceFrame frame));
        Assert.Equal(ReferenceFrame.Itrf, frame);
        Assert.False(OemConverter.TryMapFrame("TOD", out _));
    }
}
