namespace Concord.Formats.Ccsds;

/// <summary>A parser that builds one message from a token stream (KVN or XML), reporting into a diagnostics list.</summary>
/// <typeparam name="T">The message model.</typeparam>
internal interface ICcsdsMessageParser<T>
    where T : class
{
    /// <summary>Takes the next token.</summary>
    public void Feed(in CcsdsToken token);

    /// <summary>The message, or null when it is unusable; <paramref name="errorsBefore"/> is the diagnostics count at the start.</summary>
    public T? Finish(int errorsBefore);
}
