namespace Concord.Formats.Ccsds;

/// <summary>A source of <see cref="CcsdsToken"/>s (KVN, XML, JSON or CSV lexer), read one at a time.</summary>
public interface ICcsdsLexer
{
    /// <summary>Reads the next token; false at the end of the input.</summary>
    public bool TryRead(out CcsdsToken token);
}
