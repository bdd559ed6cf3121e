using System.CommandLine;
using System.Text;
using System.Text.Json;
using Concord.Formats.Diagnostics;

namespace Concord.Cli.Messages;

/// <summary><c>concord validate FILE... [--json]</c>: checks messages of any supported kind, told from content.</summary>
/// <remarks>Exit codes: 0 all valid (warnings allowed), 1 any invalid, 2 usage or I/O error.</remarks>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Description = "Messages to check: TLE/3LE, OMM (KVN, XML, JSON, CSV), OPM, OEM, CDM (KVN, XML).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the diagnostics as one JSON array on stdout." };
        var command = new Command("validate", "Validate messages; print each problem as FILE:LINE: error CODE: message.") { files, json };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(json), stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, bool asJson, TextWriter stdout, TextWriter stderr)
    {
        bool ioError = false;
        bool invalid = false;
        var all = new List<(string File, Diagnostic Diagnostic)>();
        foreach (string path in paths)
        {
            if (!InputFile.TryRead(path, out string text, out string error))
            {
                stderr.WriteLine(error);
                ioError = true;
                continue;
            }

            MessageFile file = MessageFile.Read(text);
            invalid |= !file.IsValid;
            foreach (Diagnostic diagnostic in file.Diagnostics)
            {
                all.Add((path, diagnostic));
                if (!asJson)
                {
                    stdout.WriteLine(diagnostic.ToCompilerString(path));
                }
            }
        }

        if (asJson)
        {
            stdout.WriteLine(ToJson(all));
        }

        return ioError ? ExitCodes.Usage : invalid ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    /// <summary>The diagnostics as a JSON array of {file, line, column, severity, code, key, message, arguments}.</summary>
    internal static string ToJson(IEnumerable<(string File, Diagnostic Diagnostic)> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartArray();
            foreach ((string file, Diagnostic d) in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("file", file);
                writer.WriteNumber("line", d.Line);
                writer.WriteNumber("column", d.Column);
                writer.WriteString("severity", d.IsError ? "error" : "warning");
                writer.WriteString("code", d.Code);
                if (d.Key is null)
                {
                    writer.WriteNull("key");
                }
                else
                {
                    writer.WriteString("key", d.Key);
                }

                writer.WriteString("message", d.Message);
                writer.WriteStartArray("arguments");
                foreach (string argument in d.Arguments)
                {
                    writer.WriteStringValue(argument);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
