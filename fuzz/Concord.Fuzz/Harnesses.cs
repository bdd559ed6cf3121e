using System.Diagnostics.CodeAnalysis;
using System.Text;
using Concord.Formats;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Ndm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Tle;

namespace Concord.Fuzz;

/// <summary>The fuzzing entry points, one per group of readers of untrusted input in <c>Concord.Formats</c>.</summary>
/// <remarks>
/// <para>Each harness decodes the input as the hub and the command line do (UTF-8, a byte-order mark honoured), runs the
/// content detector and the readers of its group, and then what the hub does with a message that was read: the domain
/// mappers (SGP4 elements, ephemerides, states, encounters) and the writers, whose output is read again. The readers
/// report bad input as diagnostics (house style R13), so <b>any exception escaping this code is a crash</b>; so is a
/// broken contract that <see cref="Invariants"/> checks (a message returned alongside an error, a code outside the
/// catalogue). Hangs are afl's time-out (<c>-t</c>).</para>
/// <para>Every reader sees every input of its group, whatever the detector says, because a reader's own format
/// detection must also survive content meant for another reader.</para>
/// <list type="table">
/// <item><term>tle</term><description>TLE/3LE: <see cref="TleReader"/> (default and strict checksum policies, single
/// set), then OMM from TLE, SGP4 elements and the TLE writer.</description></item>
/// <item><term>kvn</term><description>CCSDS KVN: the kind detector, and the OMM, OPM, OEM and CDM readers (KVN lexer
/// and each message's parser).</description></item>
/// <item><term>xml</term><description>CCSDS NDM/XML: the OMM, OPM, OEM and CDM readers (XML lexer) and the
/// <see cref="NdmReader"/> container.</description></item>
/// <item><term>json</term><description>The catalogues' OMM JSON (JSON lexer) through <see cref="OmmReader"/>, with
/// each catalogue policy.</description></item>
/// <item><term>csv</term><description>The catalogues' OMM CSV (CSV lexer) through <see cref="OmmReader"/>, with each
/// catalogue policy.</description></item>
/// </list>
/// </remarks>
internal static class Harnesses
{
    private static readonly Dictionary<string, Action<string>> s_harnesses = new(StringComparer.Ordinal)
    {
        ["tle"] = ReadTles,
        ["kvn"] = text => CcsdsMessages(text, containers: false),
        ["xml"] = text => CcsdsMessages(text, containers: true),
        ["json"] = CatalogOmm,
        ["csv"] = CatalogOmm,
    };

    /// <summary>The harness names, in the order the smoke run uses.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_harnesses.Keys];

    /// <summary>The harness called <paramref name="name"/>, taking the raw input.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out Action<Stream>? harness)
    {
        if (s_harnesses.TryGetValue(name, out Action<string>? run))
        {
            harness = input => run(Decode(input));
            return true;
        }

        harness = null;
        return false;
    }

    private static string Decode(Stream input)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static void Detect(string text)
    {
        MessageKindDetector.Detect(text);
        MessageKindDetector.Describe(text);
        NdmReader.IsContainer(text.AsSpan(0, Math.Min(text.Length, MessageKindDetector.SampleLength)));
    }

    private static void ReadTles(string text)
    {
        Detect(text);
        foreach (TleReadOptions options in new[] { TleReadOptions.Default, TleReadOptions.Strict })
        {
            TleReadResult result = TleReader.Parse(text, options);
            Invariants.Check(result.Diagnostics);
            Invariants.NoValueWithError(result.Sets.Length > 0 && result.Entries.Length != result.Sets.Length, "TLE entries and sets differ");
            foreach (Tle tle in result.Sets)
            {
                Mappers.Use(tle);
            }
        }

        var single = TleReader.ParseSingle(text);
        Invariants.Check(single.Diagnostics);
        Invariants.NoValueWithError(single.Value is not null && !single.Success, "a single TLE returned with an error");
    }

    private static void CcsdsMessages(string text, bool containers)
    {
        Detect(text);
        ReadOmms(text, OmmReadOptions.Default);
        ReadOpm(text);
        ReadOem(text);
        ReadCdms(text);
        if (containers)
        {
            NdmReadResult ndm = NdmReader.Parse(text);
            Invariants.Check(ndm.Diagnostics);
            Invariants.NoValueWithError(!ndm.Success && (ndm.Omms.Length + ndm.Opms.Length + ndm.Oems.Length + ndm.Cdms.Length) > 0,
                "an NDM container returned messages with an error");
            foreach (Omm omm in ndm.Omms)
            {
                Mappers.Use(omm);
            }

            foreach (Opm opm in ndm.Opms)
            {
                Mappers.Use(opm);
            }

            foreach (Oem oem in ndm.Oems)
            {
                Mappers.Use(oem);
            }

            foreach (Cdm cdm in ndm.Cdms)
            {
                Mappers.Use(cdm);
            }
        }
    }

    private static void CatalogOmm(string text)
    {
        Detect(text);
        // Made here, not in a static field: instrumented code may run only once SharpFuzz has set up afl's shared
        // memory (inside Fuzzer.Run); before that it crashes the process.
        ReadOmms(text, OmmReadOptions.Default);
        ReadOmms(text, new OmmReadOptions { CatalogColumns = CatalogColumnPolicy.Reject, CatalogDefaults = CatalogDefaultsPolicy.Require });
    }

    private static void ReadOmms(string text, OmmReadOptions options)
    {
        OmmReadResult result = OmmReader.Parse(text, options);
        Invariants.Check(result.Diagnostics);
        foreach (CcsdsReadEntry<Omm> entry in result.Entries)
        {
            Invariants.Check(entry.Diagnostics);
            Invariants.NoValueWithError(entry.Message is not null && entry.Diagnostics.Any(d => d.IsError),
                "an OMM returned with an error: " + Invariants.Errors(entry.Diagnostics));
            if (entry.Message is { } omm)
            {
                Mappers.Use(omm);
            }
        }
    }

    private static void ReadOpm(string text)
    {
        OpmReadResult result = OpmReader.Parse(text);
        Invariants.Check(result.Diagnostics);
        Invariants.NoValueWithError(result.Message is not null && !result.Success, "an OPM returned with an error");
        if (result.Message is { } opm)
        {
            Mappers.Use(opm);
        }
    }

    private static void ReadOem(string text)
    {
        OemReadResult result = OemReader.Parse(text);
        Invariants.Check(result.Diagnostics);
        Invariants.NoValueWithError(result.Message is not null && !result.Success, "an OEM returned with an error");
        if (result.Message is { } oem)
        {
            Mappers.Use(oem);
        }
    }

    private static void ReadCdms(string text)
    {
        CdmReadResult result = CdmReader.Parse(text);
        Invariants.Check(result.Diagnostics);
        foreach (CcsdsReadEntry<Cdm> entry in result.Entries)
        {
            Invariants.Check(entry.Diagnostics);
            Invariants.NoValueWithError(entry.Message is not null && entry.Diagnostics.Any(d => d.IsError),
                "a CDM returned with an error: " + Invariants.Errors(entry.Diagnostics));
            if (entry.Message is { } cdm)
            {
                Mappers.Use(cdm);
            }
        }
    }
}
