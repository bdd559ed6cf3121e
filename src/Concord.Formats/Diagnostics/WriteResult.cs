using System.Collections.Immutable;

namespace Concord.Formats.Diagnostics;

/// <summary>The outcome of writing: the text written (when the writer produced a string) and a
/// <see cref="Diagnostic"/> for each value the format cannot hold.</summary>
/// <remarks>Writers write strictly (R11): a value that does not fit is refused with a diagnostic, never
/// truncated silently and never thrown. Immutable and thread-safe.</remarks>
public sealed class WriteResult
{
    /// <summary>Creates a result.</summary>
    public WriteResult(string? text, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The text written; null when the writer wrote to a <see cref="TextWriter"/> or refused the input.</summary>
    public string? Text { get; }

    /// <summary>A diagnostic (line 0, <see cref="Diagnostic.Key"/> = the field) for each refused value.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when nothing was refused.</summary>
    public bool Success => !Diagnostics.Any(d => d.IsError);
}
