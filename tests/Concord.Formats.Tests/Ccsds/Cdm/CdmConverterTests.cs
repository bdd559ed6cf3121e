using Concord.Astro.Frames;
using Concord.Formats.Ccsds.Cdm;

namespace Concord.Formats.Tests.Ccsds.Cdm;

public sealed class CdmConverterTests
{
    [Fact]
    public void BothObjectsMapToSiStatesAtTca()
    {
        // CCSDS 508.0-B-1 annex example (CDMExample1): miss distance 715 m at TCA 2010-03-13T22:37:52.618 UTC.
        CdmReadResult read = CdmReader.Parse(File.ReadAllText(ReferenceData.Require("ccsds/cdm/CDMExample1.txt")));
        Formats.Ccsds.Cdm.Cdm cdm = Assert.Single(read.Messages);

        Assert.True(CdmConverter.TryToCartesianState(cdm, 1, out CartesianState one, out var d1), string.Join("\n", d1));
        Assert.True(CdmConverter.TryToCartesianState(cdm, 2, out CartesianState two, out var d2), string.Join("\n", d2));

        Assert.Equal("2010-03-13T22:37:52.618Z", one.Epoch.ToIsoString(Astro.Time.TimeScale.Utc, 3));
        Assert.Equal(one.Epoch, two.Epoch);
        Assert.Equal(cdm.Object1.Data.StateVector.XKilometers * 1000.0, one.PositionMeters.X);
        // The states at TCA are as far apart as the message's miss distance (to the rounding of the published states).
        double separationMeters = (one.PositionMeters - two.PositionMeters).Length;
        Assert.Equal(cdm.RelativeMetadata.MissDistanceMeters, separationMeters, 1.0);
    }

    [Fact]
    public void AnObjectNumberOtherThanOneOrTwoIsACallerBug()
    {
        CdmReadResult read = CdmReader.Parse(File.ReadAllText(ReferenceData.Require("ccsds/cdm/CDMExample1.txt")));
        Assert.Throws<ArgumentOutOfRangeException>(() => CdmConverter.TryToCartesianState(read.Messages[0], 3, out _, out _));
    }
}
