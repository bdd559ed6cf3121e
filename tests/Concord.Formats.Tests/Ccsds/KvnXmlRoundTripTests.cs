using System.Collections.Immutable;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Cdm;
using Concord.Formats.Ccsds.Oem;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Ccsds.Opm;
using Concord.Formats.Diagnostics;
using Concord.Formats.Tests.Ccsds.Cdm;
using Concord.Formats.Tests.Ccsds.Oem;
using Concord.Formats.Tests.Ccsds.Omm;
using Concord.Formats.Tests.Ccsds.Opm;

namespace Concord.Formats.Tests.Ccsds;

/// <summary>KVN → XML → KVN and XML → KVN → XML are fixed points after one normalisation, for every well-formed sample of
/// every message type: what the project writes in one encoding reads back and writes the same in the other.</summary>
public sealed class KvnXmlRoundTripTests
{
    public static TheoryData<string, string> Samples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach ((string kind, string file) in ValidSamples())
            {
                data.Add(kind, file);
            }

            return data;
        }
    }

    /// <summary>Every valid CDM, OMM, OPM and OEM sample, with its kind.</summary>
    internal static IEnumerable<(string Kind, string File)> ValidSamples() =>
        CdmSamples.Valid.Select(f => ("cdm", f))
            .Concat(OmmSamples.Valid.Select(f => ("omm", f)))
            .Concat(OpmSamples.Valid.Select(f => ("opm", f)))
            .Concat(OemSamples.Valid.Select(f => ("oem", f)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void KvnAndXml_AreFixedPointsAfterOneNormalisation(string kind, string file)
    {
        string original = File.ReadAllText(ReferenceData.Require(file));
        foreach (CcsdsFormat first in new[] { CcsdsFormat.Kvn, CcsdsFormat.Xml })
        {
            CcsdsFormat other = first == CcsdsFormat.Kvn ? CcsdsFormat.Xml : CcsdsFormat.Kvn;
            string normalised = Rewrite(kind, original, first, file);
            string across = Rewrite(kind, normalised, other, $"{file} as {first}");
            string back = Rewrite(kind, across, first, $"{file} as {first} then {other}");

            Assert.Equal(normalised, back);
        }
    }

    [Theory]
    [InlineData("ccsds/cdm/CDMExample1.xml", "CCSDS_CDM_VERS")]
    [InlineData("ccsds/omm/OMMExample2.xml", "CCSDS_OMM_VERS")]
    public void HeaderComments_FollowTheVersionLineInKvn(string file, string versionKey)
    {
        string xml = File.ReadAllText(ReferenceData.Require(file));
        string kvn = Rewrite(file.Contains("/cdm/", StringComparison.Ordinal) ? "cdm" : "omm", xml, CcsdsFormat.Kvn, file);

        string[] lines = kvn.Split('\n');
        Assert.StartsWith(versionKey, lines[0], StringComparison.Ordinal);
        Assert.StartsWith("COMMENT ", lines[1], StringComparison.Ordinal);
    }

    private static string Rewrite(string kind, string text, CcsdsFormat format, string what)
    {
        (bool read, ImmutableArray<Diagnostic> readProblems, WriteResult? written) = kind switch
        {
            "cdm" => Write(CdmReader.Parse(text), m => CdmWriter.Write(m, format)),
            "omm" => Write(OmmReader.Parse(text), m => OmmWriter.Write(m, format)),
            "opm" => Write(OpmReader.Parse(text), m => OpmWriter.Write(m[0], format)),
            _ => Write(OemReader.Parse(text), m => OemWriter.Write(m[0], format)),
        };
        Assert.True(read, $"{what} does not read: {string.Join("; ", readProblems.Select(d => d.ToCompilerString("in")))}");
        Assert.True(written!.Success, $"{what} does not write as {format}: {string.Join("; ", written.Diagnostics.Select(d => d.ToCompilerString("out")))}");

        // What the project writes must be recognised for what it is, as `concord validate` and `convert` recognise it.
        MessageKind expected = kind switch { "cdm" => MessageKind.Cdm, "omm" => MessageKind.Omm, "opm" => MessageKind.Opm, _ => MessageKind.Oem };
        Assert.Equal(expected, MessageKindDetector.Detect(written.Text));
        return written.Text!;
    }

    private static (bool Read, ImmutableArray<Diagnostic> Problems, WriteResult? Written) Write<T>(CcsdsReadResult<T> result, Func<ImmutableArray<T>, WriteResult> write)
        where T : class
        => result.Success ? (true, result.Diagnostics, write(result.Messages)) : (false, result.Diagnostics, null);
}
