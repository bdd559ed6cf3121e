using Concord.Astro.Propagation.Sgp4;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;
using Concord.Hub.Catalog;
using Concord.Hub.Release;
using Concord.Testing;

namespace Concord.Hub.Tests.Catalog;

public sealed class ElementSetMappingTests
{
    private static readonly ElementSetProvenance s_provenance =
        new(Guid.NewGuid(), "AAA", Marking.Partners, [], DateTimeOffset.UnixEpoch, Guid.NewGuid);

    [Fact]
    public void ToSgp4Elements_EqualsTheOmmPath_ForEveryOmmOriginatedSetOfTheActiveCatalog()
    {
        using FileStream stream = File.OpenRead(ReferenceData.Require("catalog/celestrak_gp_2026-03-10/celestrak_active_gp.csv"));
        OmmReadResult read = OmmReader.Read(stream);
        int compared = 0;
        foreach (Omm omm in read.Messages)
        {
            AssertSameAsOmmPath(ElementSetMapping.FromOmm(omm, s_provenance));
            compared++;
        }

        Assert.Equal(14_683, compared);
    }

    [Fact]
    public void ToSgp4Elements_EqualsTheOmmPath_ForEveryTleOriginatedSetOfTheSpaceTrackCatalog()
    {
        using var reader = new StreamReader(ReferenceData.Require("catalog/spacetrack_3le_2022-01-22/3le.txt"));
        TleReadResult read = TleReader.Read(reader);
        int compared = 0;
        foreach (Tle tle in read.Sets)
        {
            AssertSameAsOmmPath(ElementSetMapping.FromTle(tle, s_provenance));
            compared++;
        }

        Assert.Equal(23_939, compared);
    }

    // Field by field and bit for bit: the straight mapping must give exactly what rebuilding the OMM and converting it did.
    private static void AssertSameAsOmmPath(ElementSet set)
    {
        ParseResult<Sgp4Elements> viaOmm = OmmConverter.ToSgp4Elements(ElementSetMapping.ToOmm(set, DateTimeOffset.UnixEpoch));
        Assert.True(viaOmm.Success, string.Join("\n", viaOmm.Diagnostics));
        Sgp4Elements expected = viaOmm.Value!;
        Sgp4Elements actual = ElementSetMapping.ToSgp4Elements(set);
        Assert.Equal(expected.Epoch, actual.Epoch);
        AssertBits(expected.MeanMotionRadiansPerMinute, actual.MeanMotionRadiansPerMinute);
        AssertBits(expected.Eccentricity, actual.Eccentricity);
        AssertBits(expected.InclinationRadians, actual.InclinationRadians);
        AssertBits(expected.RightAscensionOfAscendingNodeRadians, actual.RightAscensionOfAscendingNodeRadians);
        AssertBits(expected.ArgumentOfPerigeeRadians, actual.ArgumentOfPerigeeRadians);
        AssertBits(expected.MeanAnomalyRadians, actual.MeanAnomalyRadians);
        AssertBits(expected.BstarPerEarthRadius, actual.BstarPerEarthRadius);
        Assert.Equal(expected, actual);
    }

    private static void AssertBits(double expected, double actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
}
