using System.Collections.Immutable;
using System.Globalization;

namespace Concord.Formats.Diagnostics;

/// <summary>One problem found in an input (or in a value that a writer cannot write), with a stable code from
/// <see cref="ErrorCodes"/>, its position and the arguments of the code's message template.</summary>
/// <remarks>Callers and tests branch on <see cref="Code"/>, <see cref="Line"/>, <see cref="Column"/>, <see cref="Key"/>
/// and <see cref="Arguments"/>; <see cref="Message"/> is for people and may be reworded. Immutable and thread-safe.</remarks>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic; <see cref="Message"/> is formatted from the template of <paramref name="code"/>.</summary>
    /// <param name="code">One of the <see cref="ErrorCodes"/> constants.</param>
    /// <param name="line">1-based line of the input, 0 when the diagnostic has no line (for example from a writer).</param>
    /// <param name="column">1-based column, 0 when unknown.</param>
    /// <param name="key">The field or keyword concerned (for a TLE, the <see cref="Tle.Tle"/> property name), or null.</param>
    /// <param name="arguments">The values of the template's placeholders, in order.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue (a caller bug).</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, int line, int column, string? key, params ReadOnlySpan<string> arguments)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        string template = ErrorCodes.GetTemplate(code);
        Code = code;
        Severity = severity;
        Line = line;
        Column = column;
        Key = key;
        Arguments = [.. arguments];
        object?[] values = new object?[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i];
        }

        Message = string.Format(CultureInfo.InvariantCulture, template, values);
    }

    /// <summary>This diagnostic placed at <paramref name="line"/> (for diagnostics raised after reading, such as a
    /// mapping error, that belong to the line where the message starts).</summary>
    public Diagnostic AtLine(int line) => new(Code, Severity, line, Column, Key, Arguments.AsSpan());

    /// <summary>The stable code, for example <c>tle.checksum</c> (see <see cref="ErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Error (the element is rejected) or warning (the element is kept).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>1-based line in the input, 0 if none.</summary>
    public int Line { get; }

    /// <summary>1-based column in the input, 0 if unknown.</summary>
    public int Column { get; }

    /// <summary>The field or keyword concerned, or null.</summary>
    public string? Key { get; }

    /// <summary>The values of the message template's placeholders, in order (invariant culture).</summary>
    public ImmutableArray<string> Arguments { get; }

    /// <summary>The message, formatted from the catalogue template of <see cref="Code"/> with <see cref="Arguments"/>.</summary>
    public string Message { get; }

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>A compiler-style line for the CLI (R16, and the <c>concord validate</c> contract):
    /// <c>FILE:LINE: error CODE: message</c>, with <c> (column C)</c> appended when the column is known and
    /// <c>:LINE</c> left out when the line is not. The line/column prefix stays fixed so tools can parse it.</summary>
    /// <param name="fileName">The name to print for the input, as the user gave it.</param>
    public string ToCompilerString(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        string severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        string position = Line == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $":{Line}");
        string column = Line == 0 || Column == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (column {Column})");
        return $"{fileName}{position}: {severity} {Code}: {Message}{column}";
    }

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other)
        => other is not null
            && Code == other.Code
            && Severity == other.Severity
            && Line == other.Line
            && Column == other.Column
            && Key == other.Key
            && Arguments.AsSpan().SequenceEqual(other.Arguments.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Line, Column, Key);

    /// <summary>The compiler-style form without a file name.</summary>
    public override string ToString() => ToCompilerString("<input>");
}
