using System.Text;

namespace Concord.Formats.Ccsds.Oem;

/// <summary>Reads a CCSDS OEM (502.0-B-3) in KVN or XML, streaming: the text is lexed line by line (KVN) or node by node (XML).</summary>
public static class OemReader
{
    /// <summary>Reads an OEM from a text reader.</summary>
    /// <param name="reader">The reader; not closed.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OemReadResult Read(TextReader reader)
    {
        var (format, entries, diagnostics) = CcsdsSingleMessageReader.Read<Oem>(reader, OemKeys.Version, "OEM (KVN or XML)",
            (format, diagnostics) => new OemParser(format, diagnostics));
        return new OemReadResult(format, entries, diagnostics);
    }

    /// <summary>Reads an OEM from a stream (UTF-8 unless a byte-order mark says otherwise).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OemReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        return Read(reader);
    }

    /// <summary>Reads an OEM from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OemReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }
}
