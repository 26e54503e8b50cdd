package dyad.analysis;

import dyad.scenario.BadInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A condition on a row's metrics, such as {@code mean_index_2004_2007 < -0.5 and not sf4 == 1}: comparisons of a
 * metric with a number ({@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}, {@code !=}; the number may come
 * first), combined with {@code and}, {@code or} and {@code not} (binding in the order not, and, or) and
 * parentheses. Parsed by recursive descent; a mistake is reported with the column where it is.
 */
public final class Condition {

    private final String text;
    private final List<String> metrics;
    private final Node root;

    private Condition(String text, List<String> metrics, Node root) {
        this.text = text;
        this.metrics = List.copyOf(metrics);
        this.root = root;
    }

    /**
     * Parses the condition, whose metrics must be among {@code known}.
     *
     * @param hint   what to add to the message about an unknown metric, e.g. "; did you mean 'x'?"
     * @param option the option that gave the text, for messages
     * @param table  what the metrics are columns of, for messages (e.g. "runs.csv")
     * @throws BadInputException naming the option and the column of the first mistake
     */
    public static Condition parse(String text, Collection<String> known, UnaryOperator<String> hint, String option,
                                  String table) {
        Parser parser = new Parser(text, known, hint, option, table);
        Node root = parser.or();
        if (parser.peek().kind() != Kind.END) {
            throw parser.error(parser.peek(), "expected 'and', 'or' or the end, found " + parser.peek().describe());
        }
        return new Condition(text, parser.metrics, root);
    }

    /** The condition as written. */
    public String text() {
        return text;
    }

    /** The metrics it reads, each once, in the order they first appear. */
    public List<String> metrics() {
        return metrics;
    }

    /** Whether the condition holds for a row whose values of {@link #metrics()} are given in that order. */
    public boolean test(double[] values) {
        return root.test(values);
    }

    @Override
    public String toString() {
        return text;
    }

    private sealed interface Node permits Or, And, Not, Compare {
        boolean test(double[] values);
    }

    private record Or(Node left, Node right) implements Node {
        public boolean test(double[] values) {
            return left.test(values) || right.test(values);
        }
    }

    private record And(Node left, Node right) implements Node {
        public boolean test(double[] values) {
            return left.test(values) && right.test(values);
        }
    }

    private record Not(Node inner) implements Node {
        public boolean test(double[] values) {
            return !inner.test(values);
        }
    }

    /** metric op number; NaN compares false with everything. */
    private record Compare(int metric, String op, double number) implements Node {
        public boolean test(double[] values) {
            double value = values[metric];
            return switch (op) {
                case "<" -> value < number;
                case "<=" -> value <= number;
                case ">" -> value > number;
                case ">=" -> value >= number;
                case "==" -> value == number;
                default -> !Double.isNaN(value) && value != number;
            };
        }
    }

    private enum Kind { NAME, NUMBER, OPERATOR, OPEN, CLOSE, AND, OR, NOT, END }

    private record Token(Kind kind, String text, int column) {
        String describe() {
            return kind == Kind.END ? "the end" : "'" + text + "'";
        }
    }

    private static final class Parser {
        private final String text;
        private final Collection<String> known;
        private final UnaryOperator<String> hint;
        private final String option;
        private final String table;
        private final List<Token> tokens;
        private final List<String> metrics = new ArrayList<>();
        private int next;

        Parser(String text, Collection<String> known, UnaryOperator<String> hint, String option, String table) {
            this.text = text;
            this.known = known;
            this.hint = hint;
            this.option = option;
            this.table = table;
            this.tokens = tokens();
        }

        Node or() {
            Node left = and();
            while (peek().kind() == Kind.OR) {
                next++;
                left = new Or(left, and());
            }
            return left;
        }

        Node and() {
            Node left = not();
            while (peek().kind() == Kind.AND) {
                next++;
                left = new And(left, not());
            }
            return left;
        }

        Node not() {
            if (peek().kind() == Kind.NOT) {
                next++;
                return new Not(not());
            }
            if (peek().kind() == Kind.OPEN) {
                next++;
                Node inner = or();
                if (peek().kind() != Kind.CLOSE) {
                    throw error(peek(), "expected ')', found " + peek().describe());
                }
                next++;
                return inner;
            }
            return comparison();
        }

        Node comparison() {
            Token first = take();
            if (first.kind() == Kind.NUMBER) {
                Token op = operator();
                Token name = take();
                if (name.kind() != Kind.NAME) {
                    throw error(name, "expected a metric after '" + op.text() + "', found " + name.describe());
                }
                return new Compare(metric(name), flipped(op.text()), number(first));
            }
            if (first.kind() != Kind.NAME) {
                throw error(first, "expected a metric, a number, 'not' or '(', found " + first.describe());
            }
            int metric = metric(first);
            Token op = operator();
            Token number = take();
            if (number.kind() != Kind.NUMBER) {
                throw error(number, "expected a number after '" + op.text() + "', found " + number.describe());
            }
            return new Compare(metric, op.text(), number(number));
        }

        private Token operator() {
            Token op = take();
            if (op.kind() != Kind.OPERATOR) {
                throw error(op, "expected <, <=, >, >=, == or !=, found " + op.describe());
            }
            return op;
        }

        private static String flipped(String op) {
            return switch (op) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> op;
            };
        }

        private int metric(Token name) {
            if (!known.contains(name.text())) {
                throw error(name, "no metric '" + name.text() + "' in " + table + hint.apply(name.text()));
            }
            int index = metrics.indexOf(name.text());
            if (index < 0) {
                metrics.add(name.text());
                index = metrics.size() - 1;
            }
            return index;
        }

        private double number(Token token) {
            try {
                return Double.parseDouble(token.text());
            } catch (NumberFormatException e) {
                throw error(token, "'" + token.text() + "' is not a number");
            }
        }

        Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            Token token = tokens.get(next);
            if (token.kind() != Kind.END) {
                next++;
            }
            return token;
        }

        BadInputException error(Token at, String problem) {
            return new BadInputException(null, option, "column " + at.column() + ": " + problem + " (in '" + text + "')");
        }

        private List<Token> tokens() {
            List<Token> found = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int column = i + 1;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    found.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), column));
                    i++;
                } else if ("<>=!".indexOf(c) >= 0) {
                    int end = i + 1 < text.length() && text.charAt(i + 1) == '=' ? i + 2 : i + 1;
                    String op = text.substring(i, end);
                    if (op.equals("=") || op.equals("!")) {
                        throw error(new Token(Kind.OPERATOR, op, column), "'" + op + "' is not an operator: write "
                                + (op.equals("=") ? "'=='" : "'!=' or 'not'"));
                    }
                    found.add(new Token(Kind.OPERATOR, op, column));
                    i = end;
                } else if (Character.isDigit(c) || c == '.' || ((c == '-' || c == '+') && i + 1 < text.length()
                        && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.'))) {
                    int end = i + 1;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                            || text.charAt(end) == '.' || ((text.charAt(end) == '-' || text.charAt(end) == '+')
                            && (text.charAt(end - 1) == 'e' || text.charAt(end - 1) == 'E')))) {
                        end++;
                    }
                    found.add(new Token(Kind.NUMBER, text.substring(i, end), column));
                    i = end;
                } else if (Character.isLetter(c) || c == '_') {
                    int end = i + 1;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                            || text.charAt(end) == '_' || text.charAt(end) == '.')) {
                        end++;
                    }
                    String word = text.substring(i, end);
                    Kind kind = switch (word) {
                        case "and" -> Kind.AND;
                        case "or" -> Kind.OR;
                        case "not" -> Kind.NOT;
                        default -> Kind.NAME;
                    };
                    found.add(new Token(kind, word, column));
                    i = end;
                } else {
                    throw error(new Token(Kind.END, String.valueOf(c), column), "'" + c + "' is not allowed here");
                }
            }
            found.add(new Token(Kind.END, "", text.length() + 1));
            return found;
        }
    }
}
