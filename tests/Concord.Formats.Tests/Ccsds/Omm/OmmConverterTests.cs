using Concord.Astro.Propagation.Sgp4;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Formats.Tests.Ccsds.Omm;

public sealed class OmmConverterTests
{
    [Fact]
    public void CatalogObjects_OmmToTleToOmm_AreIdenticalToTlePrecision()
    {
        OmmReadResult catalog = OmmSamples.Read("catalog/celestrak_gp_2026-03-10/celestrak_active_gp.csv");
        int converted = 0;
        foreach (Concord.Formats.Ccsds.Omm.Omm omm in catalog.Messages)
        {
            ParseResult<Formats.Tle.Tle> tle = OmmConverter.ToTle(omm);
            Assert.True(tle.Success, string.Join("\n", tle.Diagnostics));
            string text = TleWriter.Write(tle.Value!).Text!;
            Formats.Tle.Tle read = TleReader.ParseSingle(text).Value!;

            Concord.Formats.Ccsds.Omm.Omm back = OmmConverter.FromTle(read);

            // To TLE precision: the TLE written from the round-tripped OMM is the same text.
            Assert.Equal(text, TleWriter.Write(OmmConverter.ToTle(back).Value!).Text);
            OmmMeanElements a = omm.Data.MeanElements;
            OmmMeanElements b = back.Data.MeanElements;
            Assert.Equal(a.InclinationDegrees, b.InclinationDegrees, 0.50001e-4);
            Assert.Equal(a.RightAscensionOfAscendingNodeDegrees, b.RightAscensionOfAscendingNodeDegrees, 0.50001e-4);
            Assert.Equal(a.Eccentricity, b.Eccentricity, 0.50001e-7);
            Assert.Equal(a.MeanMotionRevolutionsPerDay!.Value, b.MeanMotionRevolutionsPerDay!.Value, 0.50001e-8);
            Assert.Equal(omm.Data.TleParameters!.NoradCatalogId, back.Data.TleParameters!.NoradCatalogId);
            Assert.Equal(omm.Metadata.ObjectId, back.Metadata.ObjectId);
            converted++;
        }

        Assert.Equal(14_683, converted);
    }

    [Fact]
    public void TleToOmmToTle_IsExact()
    {
        const string Text = "0 ISS (ZARYA)\n1 25544U 98067A   22022.91470718  .00005095  00000-0  10058-3 0  9994\n2 25544  51.6441 311.6223 0006761  73.2130  54.0424 15.49570173322626\n";
        Formats.Tle.Tle tle = TleReader.ParseSingle(Text).Value!;

        Concord.Formats.Ccsds.Omm.Omm omm = OmmConverter.FromTle(tle);

        Assert.Equal("1998-067A", omm.Metadata.ObjectId);
        Formats.Tle.Tle back = OmmConverter.ToTle(omm).Value!;
        Assert.Equal(TleWriter.Write(tle with { Notation = back.Notation }).Text, TleWriter.Write(back).Text);
    }

    [Fact]
    public void CatalogNumberAbove339999_IsRefusedWithTheTleWritersCode()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Sgp4Omm(400_000);

        ParseResult<Formats.Tle.Tle> result = OmmConverter.ToTle(omm);

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.TleCatalogNumber);
    }

    [Fact]
    public void NineDigitCatalogNumber_RoundTripsThroughOmmButNotTle()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Sgp4Omm(987_654_321);
        foreach (CcsdsFormat format in Enum.GetValues<CcsdsFormat>())
        {
            Concord.Formats.Ccsds.Omm.Omm again = OmmReader.Parse(OmmWriter.Write(omm, format).Text!).Messages.Single();
            Assert.Equal(987_654_321, again.Data.TleParameters!.NoradCatalogId);
        }

        Assert.True(OmmConverter.ToSgp4Elements(omm).Success);
        Assert.False(OmmConverter.ToTle(omm).Success);
    }

    [Fact]
    public void Sgp4Xp_IsNotMappedToSgp4()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmSamples.Read("ccsds/omm/OMMExample5.txt").Messages);

        ParseResult<Sgp4Elements> result = OmmConverter.ToSgp4Elements(omm);

        Assert.Null(result.Value);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsOmmNotSgp4 && d.Key == "MEAN_ELEMENT_THEORY");
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsOmmNotSgp4 && d.Key == "BTERM");
    }

    [Fact]
    public void OtherTheoryAndFrame_AreNotMapped()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmSamples.Read("ccsds/omm/OMMExample3.txt").Messages);

        ParseResult<Sgp4Elements> result = OmmConverter.ToSgp4Elements(omm);

        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsOmmNotSgp4 && d.Key == "REF_FRAME");
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsUnsupportedTimeSystem);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.CcsdsMissingKey && d.Key == "MEAN_MOTION");
    }

    [Fact]
    public void Sgp4Elements_MatchTheTleMapping()
    {
        Concord.Formats.Ccsds.Omm.Omm omm = Assert.Single(OmmSamples.Read("ccsds/omm/ccsds-ndm/omm1_ct.json").Messages);

        Sgp4Elements elements = OmmConverter.ToSgp4Elements(omm).Value!;

        Assert.Equal(15.27989249 * (2.0 * Math.PI) / 1440.0, elements.MeanMotionRadiansPerMinute, 1e-15);
        Assert.Equal(97.297 * (Math.PI / 180.0), elements.InclinationRadians);
        Assert.Equal(0.000084553, elements.BstarPerEarthRadius);
        Assert.Equal("2020-12-29T03:57:59.406624Z", elements.Epoch.ToIsoString(Concord.Astro.Time.TimeScale.Utc, 6));
    }

    private static Concord.Formats.Ccsds.Omm.Omm Sgp4Omm(int catalogNumber)
    {
        Concord.Formats.Ccsds.Omm.Omm omm = OmmReader.Parse(OmmReaderTests.Kvn("INCLINATION = 51.6") + "NORAD_CAT_ID = 1\nBSTAR = 0.0001\n").Messages.Single();
        return omm with { Data = omm.Data with { TleParameters = omm.Data.TleParameters! with { NoradCatalogId = catalogNumber } } };
    }
}
