using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tests.Ccsds.Oem;

// Regression tests for inputs found by fuzz/Concord.Fuzz (docs/fuzzing.md), minimised by hand.
public sealed partial class OemReaderTests
{
    private const string FuzzedOemKvn = """
        CCSDS_OEM_VERS = 2.0
        CREATION_DATE = 2022-01-23T00:00:00
        ORIGINATOR = CONCORD
        META_START
        OBJECT_NAME = ISS (ZARYA)
        OBJECT_ID = 1998-067A
        CENTER_NAME = EARTH
        REF_FRAME = EME2000
        TIME_SYSTEM = UTC
        START_TIME = 2022-01-22T21:57:00.000
        STOP_TIME = 2022-01-22T21:59:00.000
        META_STOP
        2022-01-22T21:57:00.000 -4213.4 4971.1 -2322.9 -5.12 -1.63 5.79
        2022-01-22T21:58:00.000 -4512.7 4862.0 -1972.4 -4.85 -2.00 5.88
        2022-01-22T21:59:00.000 -4794.9 4731.0 -1616.5 -4.55 -2.36 5.95
        COVARIANCE_START
        EPOCH = 2022-01-22T21:57:00.000
        COV_REF_FRAME = EME2000
        3.3e-04
        4.6e-04 6.7e-04
        -3.0e-04 -4.2e-04 3.2e-04
        -3.3e-07 -4.6e-07 2.4e-07 4.2e-10
        -2.2e-07 -2.8e-07 1.7e-07 2.6e-10 1.7e-10
        -3.0e-07 -4.9e-07 3.5e-07 1.8e-10 1.0e-10 6.2e-10
        COVARIANCE_STOP
        """;

    [Fact]
    public void FuzzSampleIsValid() => Assert.True(OemReader.Parse(FuzzedOemKvn).Success);

    [Fact]
    public void CovarianceBlockLeftOpenAtTheEndIsReported()
    {
        // Found by the kvn harness: a segment that ended inside a covariance block threw NullReferenceException.
        string text = FuzzedOemKvn.Replace("COVARIANCE_STOP", "", StringComparison.Ordinal);

        OemReadResult result = OemReader.Parse(text);

        Assert.Null(result.Message);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.CcsdsMissingKey, diagnostic.Code);
        Assert.Equal("COVARIANCE_STOP", diagnostic.Key);
    }

    [Fact]
    public void NodesSpanningCenturies_AreReported_NotThrown()
    {
        // Found by the xml harness's 10-minute campaign: a last node 400 years after the first overflowed the
        // ephemeris's node offsets (OverflowException in Epoch subtraction).
        string text = FuzzedOemKvn.Replace("2022-01-22T21:59:00.000 -4794.9", "2422-01-22T21:59:00.000 -4794.9", StringComparison.Ordinal)
            .Replace("STOP_TIME = 2022-01-22T21:59:00.000", "STOP_TIME = 2422-01-22T21:59:00.000", StringComparison.Ordinal);
        OemReadResult result = OemReader.Parse(text);
        Assert.True(result.Success);

        OemEphemerisResult converted = OemConverter.ToEphemerides(result.Message!);

        Assert.Null(Assert.Single(converted.Ephemerides));
        Diagnostic diagnostic = Assert.Single(converted.Diagnostics);
        Assert.Equal(ErrorCodes.CcsdsInvalidValue, diagnostic.Code);
        Assert.Contains("100 years", diagnostic.ToString(), StringComparison.Ordinal);
    }
}
