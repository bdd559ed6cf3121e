using System.Text.RegularExpressions;

namespace Concord.Server.Tests.Console;

/// <summary>A TypeScript type as the console's wire declarations write it.</summary>
internal abstract record TsType;

/// <summary>A named type: <c>string</c>, <c>number</c>, <c>boolean</c>, <c>null</c>, <c>unknown</c> or a declared interface.</summary>
internal sealed record TsName(string Name) : TsType;

/// <summary>A string literal type (<c>'full'</c>).</summary>
internal sealed record TsLiteral(string Value) : TsType;

/// <summary><c>T[]</c>.</summary>
internal sealed record TsArray(TsType Element) : TsType;

/// <summary><c>[T, U]</c>.</summary>
internal sealed record TsTuple(IReadOnlyList<TsType> Elements) : TsType;

/// <summary>An interface body or an inline object type.</summary>
internal sealed record TsObject(IReadOnlyList<TsMember> Members) : TsType;

/// <summary><c>A | B</c>.</summary>
internal sealed record TsUnion(IReadOnlyList<TsType> Options) : TsType;

/// <summary>A member of an object type: <c>name?: type</c>.</summary>
internal sealed record TsMember(string Name, bool Optional, TsType Type);

/// <summary>Reads the exported interfaces and type aliases of a TypeScript module (the console's <c>web/src/api.ts</c>) into
/// <see cref="TsType"/> trees. Only the subset the wire declarations use is understood (primitives, string literals,
/// unions, arrays, tuples, inline object types, references); anything else fails loudly instead of being skipped, so a
/// declaration the contract test cannot read never passes unchecked.</summary>
internal static partial class TypeScriptDeclarations
{
    /// <summary>Every <c>export interface</c> and <c>export type</c> of <paramref name="source"/>, by name.</summary>
    public static IReadOnlyDictionary<string, TsType> Parse(string source)
    {
        var declarations = new Dictionary<string, TsType>(StringComparer.Ordinal);
        foreach (Match m in DeclarationStart().Matches(source))
        {
            string name = m.Groups["name"].Value;
            if (m.Groups["extends"].Success)
            {
                throw new FormatException($"interface {name}: 'extends' is not supported by the contract test; write the members out.");
            }

            var parser = new Parser(source, m.Index + m.Length);
            TsType type;
            if (m.Groups["kind"].Value == "interface")
            {
                parser.Expect("{");
                type = parser.ObjectBody();
            }
            else
            {
                type = parser.Union();
                parser.Expect(";");
            }

            declarations.Add(name, type);
        }

        return declarations;
    }

    /// <summary>Parses one type expression (<c>Conjunction[]</c>).</summary>
    public static TsType ParseType(string text)
    {
        var parser = new Parser(text, 0);
        TsType type = parser.Union();
        parser.ExpectEnd();
        return type;
    }

    /// <summary>The type written back as TypeScript, for messages.</summary>
    public static string Describe(TsType type) => type switch
    {
        TsName n => n.Name,
        TsLiteral l => $"'{l.Value}'",
        TsArray a => a.Element is TsUnion ? $"({Describe(a.Element)})[]" : $"{Describe(a.Element)}[]",
        TsTuple t => $"[{string.Join(", ", t.Elements.Select(Describe))}]",
        TsObject o => $"{{ {string.Join("; ", o.Members.Select(x => $"{x.Name}{(x.Optional ? "?" : "")}: {Describe(x.Type)}"))} }}",
        TsUnion u => string.Join(" | ", u.Options.Select(Describe)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    [GeneratedRegex(@"^export\s+(?<kind>interface|type)\s+(?<name>[A-Za-z_$][\w$]*)\s*(?:(?<extends>extends\b[^{]*)|=)?", RegexOptions.Multiline)]
    private static partial Regex DeclarationStart();

    /// <summary>Recursive descent over the tokens of one declaration (comments and whitespace skipped).</summary>
    private sealed class Parser(string text, int position)
    {
        private int _position = position;

        public TsObject ObjectBody()
        {
            var members = new List<TsMember>();
            while (Peek() != "}")
            {
                string name = Identifier();
                bool optional = TryTake("?");
                Expect(":");
                members.Add(new TsMember(name, optional, Union()));
                if (!TryTake(";"))
                {
                    TryTake(",");
                }
            }

            Expect("}");
            return new TsObject(members);
        }

        public TsType Union()
        {
            TryTake("|");
            var options = new List<TsType> { Postfix() };
            while (TryTake("|"))
            {
                options.Add(Postfix());
            }

            return options.Count == 1 ? options[0] : new TsUnion(options);
        }

        private TsType Postfix()
        {
            TsType type = Primary();
            while (Peek() == "[" && PeekAfter() == "]")
            {
                Next();
                Next();
                type = new TsArray(type);
            }

            return type;
        }

        private TsType Primary()
        {
            string token = Next();
            switch (token)
            {
                case "{":
                    return ObjectBody();
                case "[":
                    var elements = new List<TsType> { Union() };
                    while (TryTake(","))
                    {
                        elements.Add(Union());
                    }

                    Expect("]");
                    return new TsTuple(elements);
                case "(":
                    TsType inner = Union();
                    Expect(")");
                    return inner;
            }

            if (token[0] is '\'' or '"')
            {
                return new TsLiteral(token[1..^1]);
            }

            if (IsIdentifier(token))
            {
                if (Peek() is "<" or ".")
                {
                    throw Unsupported($"'{token}{Peek()}'");
                }

                return new TsName(token);
            }

            throw Unsupported($"'{token}'");
        }

        public void Expect(string token)
        {
            string actual = Next();
            if (actual != token)
            {
                throw Unsupported($"'{actual}' where '{token}' was expected");
            }
        }

        public void ExpectEnd()
        {
            if (Peek() is { } rest)
            {
                throw Unsupported($"'{rest}' after the type");
            }
        }

        private string Identifier()
        {
            string token = Next();
            return IsIdentifier(token) ? token : throw Unsupported($"'{token}' where a member name was expected");
        }

        private bool TryTake(string token)
        {
            if (Peek() != token)
            {
                return false;
            }

            Next();
            return true;
        }

        private string? PeekAfter()
        {
            int saved = _position;
            Next();
            string? after = Peek();
            _position = saved;
            return after;
        }

        private string? Peek()
        {
            int saved = _position;
            string? token = TryNext();
            _position = saved;
            return token;
        }

        private string Next() => TryNext() ?? throw Unsupported("the end of the text");

        private string? TryNext()
        {
            SkipTrivia();
            if (_position >= text.Length)
            {
                return null;
            }

            char c = text[_position];
            if (c is '\'' or '"')
            {
                int end = text.IndexOf(c, _position + 1);
                if (end < 0)
                {
                    throw Unsupported("an unterminated string literal");
                }

                string literal = text[_position..(end + 1)];
                _position = end + 1;
                return literal;
            }

            if (char.IsLetter(c) || c is '_' or '$')
            {
                int start = _position;
                while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '_' or '$'))
                {
                    _position++;
                }

                return text[start.._position];
            }

            _position++;
            return c.ToString();
        }

        private void SkipTrivia()
        {
            while (_position < text.Length)
            {
                if (char.IsWhiteSpace(text[_position]))
                {
                    _position++;
                }
                else if (string.CompareOrdinal(text, _position, "//", 0, 2) == 0)
                {
                    int end = text.IndexOf('\n', _position);
                    _position = end < 0 ? text.Length : end + 1;
                }
                else if (string.CompareOrdinal(text, _position, "/*", 0, 2) == 0)
                {
                    int end = text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    _position = end < 0 ? text.Length : end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        private static bool IsIdentifier(string token) => char.IsLetter(token[0]) || token[0] is '_' or '$';

        private FormatException Unsupported(string what)
        {
            int line = 1 + text.AsSpan(0, Math.Min(_position, text.Length)).Count('\n');
            return new FormatException($"TypeScript the contract test does not understand at line {line}: {what}.");
        }
    }
}
