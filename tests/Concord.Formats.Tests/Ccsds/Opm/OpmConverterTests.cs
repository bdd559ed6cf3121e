using Concord.Astro.Frames;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Opm;

public sealed class OpmConverterTests
{
    [Fact]
    public void StateVectorMapsToSiInItsFrame()
    {
        // Orekit OPMExample1 (Earth-centred, ITRF): state vector in kilometres, mapped once to metres.
        OpmReadResult read = OpmReader.Parse(File.ReadAllText(ReferenceData.Require("ccsds/opm/OPMExample1.txt")));
        Assert.NotNull(read.Message);
        bool ok = OpmConverter.TryToCartesianState(read.Message, out CartesianState state, out var diagnostics);

        Assert.True(ok, string.Join("\n", diagnostics));
        OpmStateVector v = read.Message.Data.StateVector;
        Assert.Equal(v.XKilometers * 1000.0, state.PositionMeters.X);
        Assert.Equal(v.ZDotKilometersPerSecond * 1000.0, state.VelocityMetersPerSecond.Z);
        Assert.True(OemFrameIs(read.Message.Metadata.ReferenceFrame, state.Frame));
    }

    [Fact]
    public void NonEarthCentreOrUnknownTimeSystemIsRefused()
    {
        OpmReadResult read = OpmReader.Parse(File.ReadAllText(ReferenceData.Require("ccsds/opm/OPMExample1.txt")));
        Assert.NotNull(read.Message);
        var moon = read.Message with { Metadata = read.Message.Metadata with { CenterName = "MOON", TimeSystem = "MET" } };
        bool ok = OpmConverter.TryToCartesianState(moon, out _, out var diagnostics);

        Assert.False(ok);
        Assert.Contains(diagnostics, d => d.Code == ErrorCodes.CcsdsInvalidValue && d.Key == "CENTER_NAME");
        Assert.Contains(diagnostics, d => d.Code == ErrorCodes.CcsdsUnsupportedTimeSystem);
    }

    private static bool OemFrameIs(string name, ReferenceFrame frame)
        => Formats.Ccsds.Oem.OemConverter.TryMapFrame(name, out ReferenceFrame expected) && expected == frame;
}
