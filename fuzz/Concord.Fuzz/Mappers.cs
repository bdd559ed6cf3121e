using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tle;

namespace Concord.Fuzz;

/// <summary>What the hub and the command line do with a message that was read: the domain mappers, and the writers
/// (whose text is read again). Inputs that a reader accepted are as untrusted as the text they came from, so nothing
/// here may throw either.</summary>
internal static class Mappers
{
    private static readonly CcsdsFormat[] s_messageFormats = [CcsdsFormat.Kvn, CcsdsFormat.Xml];
    private static readonly CcsdsFormat[] s_ommFormats = [CcsdsFormat.Kvn, CcsdsFormat.Xml, CcsdsFormat.Json, CcsdsFormat.Csv];

    public static void Use(Tle tle)
    {
        Use(OmmConverter.FromTle(tle));
        WriteResult written = TleWriter.Write(tle);
        Invariants.Check(written.Diagnostics);
        if (written.Text is { } text)
        {
            Invariants.Check(TleReader.Parse(text).Diagnostics);
        }
    }

    public static void Use(Omm omm)
    {
        Invariants.Check(OmmConverter.ToSgp4Elements(omm).Diagnostics);
        Invariants.Check(OmmConverter.ToTle(omm).Diagnostics);
        foreach (CcsdsFormat format in s_ommFormats)
        {
            WriteResult written = OmmWriter.Write(omm, format);
            Invariants.Check(written.Diagnostics);
            if (written.Text is { } text)
            {
                Invariants.Check(OmmReader.Parse(text).Diagnostics);
            }
        }
    }

    public static void Use(Opm opm)
    {
        OpmConverter.TryToCartesianState(opm, out _, out var diagnostics);
        Invariants.Check(diagnostics);
        foreach (CcsdsFormat format in s_messageFormats)
        {
            WriteResult written = OpmWriter.Write(opm, format);
            Invariants.Check(written.Diagnostics);
            if (written.Text is { } text)
            {
                Invariants.Check(OpmReader.Parse(text).Diagnostics);
            }
        }
    }

    public static void Use(Oem oem)
    {
        Invariants.Check(OemConverter.ToEphemerides(oem).Diagnostics);
        foreach (CcsdsFormat format in s_messageFormats)
        {
            WriteResult written = OemWriter.Write(oem, format);
            Invariants.Check(written.Diagnostics);
            if (written.Text is { } text)
            {
                Invariants.Check(OemReader.Parse(text).Diagnostics);
            }
        }
    }

    public static void Use(Cdm cdm)
    {
        for (int objectNumber = 1; objectNumber <= 2; objectNumber++)
        {
            CdmConverter.TryToCartesianState(cdm, objectNumber, out _, out var diagnostics);
            Invariants.Check(diagnostics);
            CdmConverter.RtnPositionCovarianceSquareMeters(cdm, objectNumber);
        }

        CdmConverter.TryGetHardBodyRadiusMeters(cdm, out _);
        CdmConverter.TryToEncounter(cdm, out _, out var encounterDiagnostics);
        Invariants.Check(encounterDiagnostics);
        foreach (CcsdsFormat format in s_messageFormats)
        {
            WriteResult written = CdmWriter.Write(cdm, format);
            Invariants.Check(written.Diagnostics);
            if (written.Text is { } text)
            {
                Invariants.Check(CdmReader.Parse(text).Diagnostics);
            }
        }
    }
}
