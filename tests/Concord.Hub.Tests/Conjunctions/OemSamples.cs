using System.Globalization;
using System.Text;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Tle;

namespace Concord.Conjunctions.Samples;

/// <summary>Operator ephemerides (OEM 2.0, KVN, TEME, UTC) generated with the project's SGP4 from the element sets of
/// <see cref="ConjunctionSamples"/>, shared by the hub and server tests.</summary>
internal static class OemSamples
{
    /// <summary>An OEM for <paramref name="objectId"/> with the states of the TLE <paramref name="tleText"/> taken
    /// <paramref name="shiftSeconds"/> later (the same orbit, that far ahead along track: a phasing change), every minute
    /// from <paramref name="start"/> for <paramref name="minutes"/> minutes, with an RTN covariance every 30 minutes
    /// when <paramref name="withCovariance"/>.</summary>
    public static string FromTle(string tleText, string objectId, DateTimeOffset start, int minutes, double shiftSeconds = 0.0,
        bool withCovariance = false, string? objectName = null)
    {
        Tle tle = TleReader.ParseSingle(tleText).Value!;
        Sgp4Elements elements = tle.ToSgp4Elements();
        Sgp4Propagator propagator = Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator!;
        Epoch first = Epoch.FromUtc(start);
        var text = new StringBuilder();
        text.AppendLine("CCSDS_OEM_VERS = 2.0");
        text.AppendLine("CREATION_DATE = 2026-01-01T00:00:00");
        text.AppendLine("ORIGINATOR = CONCORD-TEST");
        text.AppendLine("META_START");
        text.AppendLine($"OBJECT_NAME = {objectName ?? "OBJECT " + objectId}");
        text.AppendLine($"OBJECT_ID = {objectId}");
        text.AppendLine("CENTER_NAME = EARTH");
        text.AppendLine("REF_FRAME = TEME");
        text.AppendLine("TIME_SYSTEM = UTC");
        text.AppendLine($"START_TIME = {Kvn(first)}");
        text.AppendLine($"STOP_TIME = {Kvn(first + Duration.FromMinutes(minutes))}");
        text.AppendLine("META_STOP");
        for (int minute = 0; minute <= minutes; minute++)
        {
            Epoch at = first + Duration.FromMinutes(minute);
            Sgp4Result state = propagator.Propagate(((at - elements.Epoch).TotalSeconds + shiftSeconds) / 60.0);
            var p = state.PositionMeters / 1000.0;
            var v = state.VelocityMetersPerSecond / 1000.0;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Kvn(at)} {p.X:R} {p.Y:R} {p.Z:R} {v.X:R} {v.Y:R} {v.Z:R}"));
        }

        if (withCovariance)
        {
            text.AppendLine("COVARIANCE_START");
            for (int minute = 0; minute <= minutes; minute += 30)
            {
                text.AppendLine($"EPOCH = {Kvn(first + Duration.FromMinutes(minute))}");
                text.AppendLine("COV_REF_FRAME = RTN");
                text.AppendLine("1.0e-2");
                text.AppendLine("0.0 9.0e-2");
                text.AppendLine("0.0 0.0 2.5e-3");
                text.AppendLine("0.0 0.0 0.0 1.0e-8");
                text.AppendLine("0.0 0.0 0.0 0.0 1.0e-8");
                text.AppendLine("0.0 0.0 0.0 0.0 0.0 1.0e-8");
            }

            text.AppendLine("COVARIANCE_STOP");
        }

        return text.ToString();
    }

    private static string Kvn(Epoch epoch) => epoch.ToIsoString(TimeScale.Utc, 3).TrimEnd('Z');
}
