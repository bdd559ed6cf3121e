using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Fuzz;

/// <summary>Seed inputs made here, so that every harness has seeds without any reference data (which
/// <c>fuzz/run.sh</c> adds from <c>../shared/reference</c>, else <c>tests/data</c>): one element set, written by the
/// project's own writers in every encoding, and small hand-made OPM and OEM messages (their provenance is this file).</summary>
internal static class GeneratedSeeds
{
    // The ISS element set of the Space-Track catalog snapshot of 2022-01-22 (as in tests/Concord.Formats.Tests TleSamples).
    private const string IssName = "0 ISS (ZARYA)";
    private const string IssLine1 = "1 25544U 98067A   22022.91470718  .00005958  00000-0  11386-3 0  9994";
    private const string IssLine2 = "2 25544  51.6445 336.0056 0006830  51.7508  17.5213 15.49594026322655";

    private const string OpmKvn = """
        CCSDS_OPM_VERS = 2.0
        CREATION_DATE = 2022-01-23T00:00:00
        ORIGINATOR = CONCORD
        OBJECT_NAME = ISS (ZARYA)
        OBJECT_ID = 1998-067A
        CENTER_NAME = EARTH
        REF_FRAME = GCRF
        TIME_SYSTEM = UTC
        EPOCH = 2022-01-22T21:57:10.700
        X = 6524.834 [km]
        Y = 6862.875 [km]
        Z = 6448.296 [km]
        X_DOT = 4.901327 [km/s]
        Y_DOT = 5.533756 [km/s]
        Z_DOT = -1.976341 [km/s]
        """;

    private const string OemKvn = """
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
        INTERPOLATION = LAGRANGE
        INTERPOLATION_DEGREE = 1
        META_STOP

        2022-01-22T21:57:00.000 -4213.4 4971.1 -2322.9 -5.12 -1.63 5.79
        2022-01-22T21:58:00.000 -4512.7 4862.0 -1972.4 -4.85 -2.00 5.88
        2022-01-22T21:59:00.000 -4794.9 4731.0 -1616.5 -4.55 -2.36 5.95
        """;

    /// <summary>The seeds of <paramref name="harness"/>, as (file name, content).</summary>
    public static IEnumerable<(string Name, string Text)> For(string harness)
    {
        Tle iss = TleReader.ParseSingle(IssLine1 + "\n" + IssLine2 + "\n").Value
            ?? throw new InvalidOperationException("the seed element set does not read");
        Omm omm = OmmConverter.FromTle(iss);
        switch (harness)
        {
            case "tle":
                yield return ("iss.3le", IssName + "\n" + IssLine1 + "\n" + IssLine2 + "\n");
                yield return ("iss.tle", IssLine1 + "\n" + IssLine2 + "\n");
                yield return ("iss-written.tle", Text(TleWriter.Write(iss)));
                break;
            case "kvn":
                yield return ("iss-omm.kvn", Text(OmmWriter.Write(omm, CcsdsFormat.Kvn)));
                yield return ("iss-opm.kvn", OpmKvn);
                yield return ("iss-oem.kvn", OemKvn);
                break;
            case "xml":
                yield return ("iss-omm.xml", Text(OmmWriter.Write(omm, CcsdsFormat.Xml)));
                if (OpmReader.Parse(OpmKvn).Message is { } opm)
                {
                    yield return ("iss-opm.xml", Text(OpmWriter.Write(opm, CcsdsFormat.Xml)));
                }

                if (OemReader.Parse(OemKvn).Message is { } oem)
                {
                    yield return ("iss-oem.xml", Text(OemWriter.Write(oem, CcsdsFormat.Xml)));
                }

                break;
            case "json":
                yield return ("iss-omm.json", Text(OmmWriter.Write(omm, CcsdsFormat.Json)));
                break;
            case "csv":
                yield return ("iss-omm.csv", Text(OmmWriter.Write(omm, CcsdsFormat.Csv)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(harness), harness, "no such harness");
        }
    }

    private static string Text(WriteResult written) =>
        written.Text ?? throw new InvalidOperationException("a seed could not be written: " + string.Join("; ", written.Diagnostics.Select(d => d.Message)));
}
