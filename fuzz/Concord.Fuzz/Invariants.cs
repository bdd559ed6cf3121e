using System.Collections.Immutable;
using Concord.Formats.Diagnostics;

namespace Concord.Fuzz;

/// <summary>The readers' contracts that a fuzzed input must not break; a broken one is thrown as
/// <see cref="InvariantViolationException"/>, which afl counts as a crash like any other escaping exception.</summary>
internal static class Invariants
{
    /// <summary>Every diagnostic has a code from the catalogue (R14) and a line that is not negative.</summary>
    public static void Check(ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (!ErrorCodes.All.Contains(diagnostic.Code))
            {
                throw new InvariantViolationException($"diagnostic code '{diagnostic.Code}' is not in ErrorCodes");
            }

            if (diagnostic.Line < 0 || diagnostic.Column < 0)
            {
                throw new InvariantViolationException($"diagnostic {diagnostic.Code} at line {diagnostic.Line}, column {diagnostic.Column}");
            }
        }
    }

    /// <summary>The errors among <paramref name="diagnostics"/>, for a message.</summary>
    public static string Errors(ImmutableArray<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Where(d => d.IsError).Select(d => $"line {d.Line}: {d.Code}: {d.Message}"));

    /// <summary>Throws when <paramref name="violated"/>: a message was returned alongside an error (R11, R13).</summary>
    public static void NoValueWithError(bool violated, string what)
    {
        if (violated)
        {
            throw new InvariantViolationException(what);
        }
    }
}

/// <summary>A reader's contract was broken by an input (see <see cref="Invariants"/>).</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);
