using Concord.Formats.Diagnostics;

namespace Concord.Formats.Ccsds;

/// <summary>Passes on the tokens of another lexer, except those whose value holds a character that
/// <see cref="TextCharacters"/> disallows: each of those is reported as <see cref="ErrorCodes.CcsdsInvalidValue"/> and
/// dropped, so that no message is built from it.</summary>
internal sealed class CharacterCheckedLexer(ICcsdsLexer inner, List<Diagnostic> diagnostics) : ICcsdsLexer, IDisposable
{
    /// <inheritdoc />
    public bool TryRead(out CcsdsToken token)
    {
        while (inner.TryRead(out token))
        {
            int index = TextCharacters.IndexOfDisallowed(token.Value);
            if (index < 0)
            {
                return true;
            }

            diagnostics.Add(new Diagnostic(ErrorCodes.CcsdsInvalidValue, DiagnosticSeverity.Error, token.Line, token.Column, token.Key,
                TextCharacters.Escape(token.Key), TextCharacters.Escape(token.Value), TextCharacters.Rule(token.Value, index)));
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose() => (inner as IDisposable)?.Dispose();
}
