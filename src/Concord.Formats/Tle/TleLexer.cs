using Concord.Formats.Diagnostics;

namespace Concord.Formats.Tle;

/// <summary>First layer of the TLE reader (R10): splits text into raw sets of an optional name line and two
/// element lines, skipping blank lines and <c>#</c> comment lines, and reports lines left without a partner.</summary>
/// <remarks>An element line is a line whose first character is a digit 1-9 followed by a blank; any other
/// non-blank line is a name line (the 3LE <c>0 NAME</c> form included). Not thread-safe: one per reader.</remarks>
internal sealed class TleLexer
{
    private readonly TextReader _reader;
    private int _lineNumber;
    private string? _pushedBackText;
    private int _pushedBackNumber;

    public TleLexer(TextReader reader)
    {
        _reader = reader;
    }

    /// <summary>Reads the next raw set; false at the end of the input. Orphan lines on the way are reported.</summary>
    public bool TryReadSet(List<Diagnostic> diagnostics, out TleRawSet set)
    {
        string? name = null;
        int nameLine = 0;
        while (TryReadSignificantLine(out string text, out int number))
        {
            if (!IsElementLine(text))
            {
                if (name is not null)
                {
                    diagnostics.Add(MissingLine(nameLine, "1", "a name line"));
                }

                name = text.StartsWith("0 ", StringComparison.Ordinal) ? text[2..] : text;
                nameLine = number;
                continue;
            }

            int firstLine = name is null ? number : nameLine;
            if (text[0] == '2')
            {
                diagnostics.Add(MissingLine(firstLine, "1", "line 2"));
                name = null;
                continue;
            }

            if (text[0] != '1')
            {
                diagnostics.Add(new Diagnostic(ErrorCodes.TleLineNumber, DiagnosticSeverity.Error, number, 1, null, "1", text[..1]));
                name = null;
                continue;
            }

            if (!TryReadSignificantLine(out string second, out int secondNumber))
            {
                diagnostics.Add(MissingLine(number, "2", "end of input"));
                set = default;
                return false;
            }

            if (!IsElementLine(second) || second[0] == '1')
            {
                diagnostics.Add(MissingLine(number, "2", IsElementLine(second) ? "line 1" : "a name line"));
                _pushedBackText = second;
                _pushedBackNumber = secondNumber;
                name = null;
                continue;
            }

            set = new TleRawSet(name, firstLine, text, number, second, secondNumber);
            return true;
        }

        if (name is not null)
        {
            diagnostics.Add(MissingLine(nameLine, "1", "end of input"));
        }

        set = default;
        return false;
    }

    private static Diagnostic MissingLine(int line, string missing, string found)
        => new(ErrorCodes.TleMissingLine, DiagnosticSeverity.Error, line, 0, null, missing, found);

    private static bool IsElementLine(string text) => text.Length >= 2 && text[0] is >= '1' and <= '9' && text[1] == ' ';

    private bool TryReadSignificantLine(out string text, out int number)
    {
        if (_pushedBackText is not null)
        {
            text = _pushedBackText;
            number = _pushedBackNumber;
            _pushedBackText = null;
            return true;
        }

        while (_reader.ReadLine() is { } line)
        {
            _lineNumber++;
            string trimmed = line.TrimEnd();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            text = trimmed;
            number = _lineNumber;
            return true;
        }

        text = string.Empty;
        number = 0;
        return false;
    }
}
