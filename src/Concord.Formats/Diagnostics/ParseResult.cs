using System.Collections.Immutable;

namespace Concord.Formats.Diagnostics;

/// <summary>The outcome of reading one message: its value (null when nothing usable was read) and every
/// <see cref="Diagnostic"/> found (R13: expected bad input is a result, never an exception).</summary>
/// <typeparam name="T">The message model, for example <see cref="Tle.Tle"/>.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ParseResult<T>
    where T : class
{
    /// <summary>Creates a result.</summary>
    public ParseResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>The value read, or null when the input held errors that left nothing usable.</summary>
    public T? Value { get; }

    /// <summary>Errors and warnings, in input order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when there is no error (warnings allowed) and a value was read.</summary>
    public bool Success => Value is not null && !Diagnostics.Any(d => d.IsError);
}
