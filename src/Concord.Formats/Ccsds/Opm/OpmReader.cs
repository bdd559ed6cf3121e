using System.Text;

namespace Concord.Formats.Ccsds.Opm;

/// <summary>Reads a CCSDS OPM (502.0-B-3) in KVN or XML.</summary>
public static class OpmReader
{
    /// <summary>Reads an OPM from a text reader.</summary>
    /// <param name="reader">The reader; not closed.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OpmReadResult Read(TextReader reader)
    {
        var (format, entries, diagnostics) = CcsdsSingleMessageReader.Read<Opm>(reader, OpmKeys.Version, "OPM (KVN or XML)",
            (format, diagnostics) => new OpmParser(format, diagnostics));
        return new OpmReadResult(format, entries, diagnostics);
    }

    /// <summary>Reads an OPM from a stream (UTF-8 unless a byte-order mark says otherwise).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OpmReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);
        return Read(reader);
    }

    /// <summary>Reads an OPM from a string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message and diagnostics.</returns>
    public static OpmReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }
}
