// The resolve stage's product: canonical name keys (out_h1, ∂L/∂z, w_5_plus) bound to network quantities, each with the rule that bound it.

/** The rules of the resolve stage, in the order they are tried (resolveNames.ts). */
export type RuleName =
  | 'pinned'
  | 'layer-index'
  | 'layer-matrix'
  | 'batch-matrix'
  | 'index-base'
  | 'engine-name'
  | 'glued-name'
  | 'layer-tag'
  | 'convention'
  | 'euler-constant'
  | 'document-count'
  | 'unit-name'
  | 'letter-index'
  | 'unit-pair'
  | 'layer-role'
  | 'loss-term'
  | 'listed-weights'
  | 'loss-letter'
  | 'error-word'
  | 'case-fold'
  | 'customary-letter'
  | 'role-word'
  | 'update-word'
  | 'layer-subscript'
  | 'substituted-definition'
  | 'printed-family'
  | 'unit-family'
  | 'batch-family'
  | 'formula-leaves'
  | 'defined-by-formula'
  | 'indexed-sibling'
  | 'derivative-of-names'
  | 'iteration'
  | 'optimizer-state'
  | 'optimizer-constant'
  | 'derivative-alias'
  | 'update-mark'
  | 'two-meanings'
  | 'opposite-sign'
  | 'customary-word'
  | 'gradient-word'
  | 'training-word'
  | 'split-name'
  | 'change-of';

/** What each rule reads a name as, in the order the rules run: for `--explain` and docs/verify.md. */
export const RULE_SAYS: Readonly<Record<RuleName, string>> = {
  'pinned': 'a name the user pinned to a quantity (--name, a names: map, or a backprop-tex comment in the document)',
  'layer-index': 'a_j^{(l)}, z_j^{(l)} and \\delta_j^{(l)} are unit j of layer l, the inputs counted as layer 0 or 1, whichever makes more of the document\'s printed values hold; a layer one of whose names the page writes with index 0 (z_0^{(1)}, z_1[0]) has its units counted from 0 where that makes more of them hold',
  'layer-matrix': 'W_{jk}^{(l)}, Θ_{jk}^{(l)} and b_j^{(l)} (W_l and b_l printed as matrices) are entries of a layer\'s weight matrix and bias vector, the first matrix numbered 1 or 2, row j the unit fed (z = W a) or the unit read (z = a W), and the biases a column of their own or not (Θ_{j0} beside x_0 = 1, [b W], [W b]), whichever makes more of the document\'s printed values hold',
  'batch-matrix': 'in a derivation over a batch, X, Y, Z^{(l)} and A^{(l)} have one column (or row) per example: Z_{je}^{(l)} is unit j in example e, whichever of columns or rows and first layer makes more of the printed values hold; the same matrices named by words (inputs, targets, hidden_net, hidden_out for the one hidden layer, outer_net, output_out) are the inputs, targets, and that layer\'s nets and outputs',
  'index-base': "a family of names counted from 0 where the network counts from 1 (x_0, x_1 for inputs x1, x2), or from 1 where it counts from 0 (x_1, x_2 for inputs x0, x1), is the network's family shifted by one",
  'engine-name': "the network's own name for the quantity, as backprop-tex prints it (\\mathit{out}_{h1}, \\delta_{o1}, w_5^{+})",
  'glued-name': 'names written side by side with nothing between them (x1w1x2w2) whose joined spelling is exactly the name of a node of the network are that node, not the product of the names (which they stay for any other spelling), and ∂o/∂x1w1 is by that node',
  'layer-tag': 'a network name that carries its layer as digits after its letters (a2_1, W3_1, z3) is the page\'s name with that layer as a superscript (a^{[2]}_1, W^{(3)}_1, z^{[3]}), where the page writes two of them at least so and its printed values for them hold more often than not',
  'convention': 'a, z, δ, w and b with a layer mark, read as the network\'s own names or by the layer rules, are checked against the document\'s own formulas and printed values; where another reading (a or z the net input, the inputs layer 0 or 1, the first weight matrix, w_{jk} into j or from j, the bias as w_{j0}) makes two more of its chains hold (or any more, where the names as read follow no one reading), that reading is taken; where several tie, or not one of its chains holds under any reading, the names are left unread with the reason',
  'euler-constant': "a bare e is Euler's number, unless the network has a quantity called e",
  'document-count': 'N, n, m or M, where the document sets it to a whole number and to nothing else and no other rule reads it (N = 1 in L = \\frac{1}{N}(y - \\hat{y})^2), is that number in the formulas it appears in: a count of examples or outputs, no quantity of the network',
  'unit-name': "a unit's name alone (o_1, h_2, or h for a unit named h) is its output, when nothing else has that name and the page neither writes it with a hat (\\hat{y}_1 beside y_1) nor defines it by a formula of other names (h1 = w1 i1 + w2 i2); where the network numbers its units across layers (y3, y4 hidden, y5 the output) and the page writes them so (y_5), \\delta_5 is unit y5's δ (in the sign rule opposite-sign finds); h1_out and h1_output are unit h1's output, h1_in and h1_net its net input",
  'letter-index': 'a family the network file names by capital letters (zA, zB, zC; units pA, pB, pC) is the page\'s family numbered 1, 2, 3 (z_1, z_2, z_3; p_1 for the output of unit pA), in the letters\' order, where the letters run from A with none missing, the page writes two members at least so and its printed values for them hold more often than not',
  'unit-pair': 'a weight named by the two units it joins, written one after the other in either order (W_{i1j1}, w_{h2o1}), is the one weight between those units; a subscript that splits into two pairs of units, or into none, names nothing',
  'layer-role': 'a name made of a layer\'s tag, a role and a unit\'s number (h1_{out1}, h2_{in3}, O_{out2}) is that role (out: the output; in, net: the net input) of unit k of that layer: h with a number the hidden layer of that number, h alone the only hidden layer, O the output layer; where the printed values of the whole family hold more often than not, and no unit of the network is called by the tag',
  'loss-term': 'E_k (L_k, J_k, C_k), where every derivative of it the page writes is by a quantity of output k (∂E_1/∂O_{out1}), is output k\'s term of a loss summed over the outputs',
  'listed-weights': 'a row of numbers under a label that calls them the weights (=更新前的权值=, Weights:) lists every weight of the network, in the file\'s order, unit by unit or input by input: the one order under which the printed weights hold (one may be a slip); the rows labelled the updated weights and each weight\'s gradient (the error passed to each weight) are then those weights after the update and the loss\'s gradients by them',
  'loss-letter': 'E (and ∂E/∂x) is the total loss when the document never writes the loss by its own name (E_total)',
  'error-word': 'the word error (err; Fehler, erreur) differentiated, ∂error/∂weight, is the loss whose gradient the chain rule takes, where the page never writes the word alone (an error alone may be t − a) and the values it prints for those derivatives are mostly the loss\'s gradients',
  'case-fold': 'a subscript written in the other case (out_{o1} for unit O1) names the one quantity that folds to it',
  'customary-letter': '\\alpha is the learning rate when the document never writes \\eta, lr (and learning_rate) always; t_k (t_1, t1) is the target of the k-th output, t the target of the only output (not where the page gives t several values, nor, under an optimizer that counts steps, a value other than the target\'s); \\delta_o the only output\'s δ (and \\delta alone, where the network has one unit)',
  'role-word': 'the word for a parameter\'s role (weight, bias; peso, Gewicht, poids, sesgo), as a program\'s printed label names it (Updated weight: 0.5), is the network\'s one weight (bias), where it has exactly one',
  'update-word': 'a name marked by a word for new or old in the document\'s language (w_{neu}, w_{nuevo}, y_{neu}; w_{viejo}, w_{alt}, w_{old}) is the value after the update (for a computed quantity: in the forward pass again with the updated parameters) or before it; after the other rules, a name the page gave a parameter, marked ^{+} (V_{12}^{+}), is that parameter after the update',
  'layer-subscript': 'on a page whose digit subscripts number layers (z1 printed as a vector of layer 1), z2, a2, δ2 of a layer with one unit are its net, output and δ, where most of their printed values hold; b2 and W2\'s entries its bias and weights, where the page\'s formula for z2 reads them',
  'substituted-definition': 'a name the document defines by numbers alone (z_1 = 0.5 \\times 2 + (-0.5) = 0.5) is the one node whose definition reads exactly those numbers (each within its printed rounding) and gives that result; a name defined as a − c·g in numbers, a printing one parameter\'s value and g its gradient, is that parameter after the step whatever c is',
  'printed-family': 'letters of a layer\'s own (V_{jk} and W_{jk}, c_j and d_j) with no layer mark are the one layer\'s weights (row j the unit fed or the unit read) or biases whose values the document prints for them, at least two printed and none contradicting',
  'unit-family': 'letters before units\' names or the page\'s labels for them (Err_{o1}, \\Delta_{o1}, in_{h1}; E_A where z_A is example A\'s) with no other mark are the one per-unit quantity (output, net input, target, loss term, slope, δ or ∂E/∂out, either sign) whose values the document prints for them, at least two printed and every other a slip of it',
  'batch-family': 'in a batch, a letter with one or two matrix indices and an optional layer tag (E^{(o)}_{2}, \\delta^{(H)}_{31}) is one per-unit quantity in every example (output, net input, target, loss term, slope, δ or ∂E/∂out, either sign) of the one layer, examples as rows or columns, whose values the document prints for it, at least two printed and every other a slip of it',
  'derivative-of-names': 'a derivative \\frac{\\partial A}{\\partial B} of names the table knows is the gradient (A the loss), ∂E_k/∂B (A a loss term) or the local partial (B feeds A)',
  iteration: 'θ^{(k)}, w^{(k)}: a parameter named in full by its subscript, with a step counter as superscript, is that parameter after k steps of gradient descent (θ^{(0)} the start), and J(θ^{(k)}) the loss there; where the network has one layer of weights or the page writes θ^{(0)}',
  'optimizer-state': "the file's optimizer's letters: m, v, \\hat{m}, \\hat{v} (Adam), v or velocity (momentum), v, s or cache (RMSprop) with the step as subscript or superscript (m_2, v^{(1)}, m_0 the start) are that state of the one parameter (named by a subscript, v_{w_1}, v_{dW}; else the only one, or the one whose value the printed numbers show); m_t, with the step t, only where the page says which step (a t column, after 2 steps)",
  'optimizer-constant': "the file's optimizer's settings by their customary letters: \\beta_1, \\beta_2, \\epsilon (Adam), \\mu, \\beta or \\gamma (momentum), \\beta, \\rho or \\gamma (RMSprop), \\lambda (weight decay); t is the step counter where the page uses it as one (\\beta_1^t, m_{t-1}, t \\leftarrow t + 1)",
  'formula-leaves': 'a name a formula reads but never defines (y in L = ½(y − ŷ)²) is the one input, target or parameter that makes the formula hold everywhere; nothing is solved from an update that writes its subject on the right (θ = θ − α∇J(θ))',
  'defined-by-formula': 'a name the document defines by a formula (z = w_{11} x_1 + b) is the quantity that formula equals at the network\'s values and at three other points',
  'indexed-sibling': 'after z_1 is found, z_2 (or z_{h2}) is the same kind of node at index 2 (unit h2) of the same layer',
  'derivative-alias': '\\frac{\\partial L}{\\partial z} is the derivative of what L and z were found to be',
  'two-meanings': 'a name the document defines by two formulas that are two different quantities of the network is read as neither (and nor are derivatives written with it)',
  'update-mark': 'once w_5^{*} is an updated weight, every parameter with the same mark is its updated value',
  'opposite-sign': 'a δ or ∂E/∂x the document defines and uses with the opposite sign (δ = (t − o) o(1 − o)) is read in that convention, when that reading makes more of its statements hold',
  'customary-word': 'the words code and posts give the output layer\'s vectors (logits, scores; y_pred, probs, softmax, outputs; y_true, labels, targets; loss, cost) are its nets, outputs, targets and the loss, entry k its k-th unit; a word with another reading too (y alone, output, scores) only when the numbers the document gives it mostly agree, else it is left unresolved with that reason',
  'gradient-word': 'a word for the gradient with a parameter\'s name as its subscript (\\text{Grad}_{W_1}, grad_{w5}; in a list item headed by a label naming the parameter, Grad_1 too) is the loss\'s derivative with respect to that parameter',
  'training-word': 'the words code gives a training run (initial_weights, init_bias; updated_, final_, new_weights after the page\'s epochs = N rounds; mse_values, losses, loss_history one loss per round, before that round\'s update unless the printed values say after) are the parameters before and after training and the loss of each round, a list entry by entry; features (inputs, samples) the examples\' inputs, a row each, where every entry printed is the network\'s',
  'split-name': 'after every other rule, a network id written with its first letter as the base and the rest as a subscript (w_{o[0]} for wo0, y_{o} for unit yo) is that parameter or that unit\'s output; a_{U} is unit U\'s output and z_{U}, s_{U} its net input (a_{h[0]}, s_{h[0]} for unit h0); where the page\'s printed values for them do not go against it',
  'change-of': '\\Delta w is the change of the parameter w: \\eta \\partial E/\\partial w as derive --delta-w prints it, or minus that where the document\'s printed values say so; a document that writes \\Delta alone multiplies by its own \\Delta',
};

/** A name's meaning: a quantity of the derivation (by id), a mathematical constant (e), or none, for a stated reason. */
/** `reading`: the convention a layer rule read the name in, for --explain. */
export type Binding = { id: string; rule: RuleName; reading?: string } | { constant: number; rule: RuleName } | { refused: string; rule: RuleName };

export const isQuantity = (b: Binding | undefined): b is { id: string; rule: RuleName } => b !== undefined && 'id' in b;

/** Keys to bindings, in the order they were bound; a key keeps its first binding. */
export class BindingTable {
  private readonly map = new Map<string, Binding>();

  get(key: string): Binding | undefined {
    return this.map.get(key);
  }

  /** The quantity id a key is bound to (undefined for constants and unknown keys). */
  idOf(key: string): string | undefined {
    const b = this.map.get(key);
    return b && 'id' in b ? b.id : undefined;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Binds `key` unless it is bound already; returns whether it did. */
  bind(key: string, binding: Binding): boolean {
    if (this.map.has(key)) return false;
    this.map.set(key, binding);
    return true;
  }

  /** Binds a key anew, whatever it was bound to (a convention the document's statements show it follows). */
  rebind(key: string, binding: Binding): void {
    this.map.set(key, binding);
  }

  /** Takes a key's binding back, with the reason: no later rule binds it again. */
  refuse(key: string, reason: string, rule: RuleName): void {
    this.map.set(key, { refused: reason, rule });
  }

  /** Whether any key is bound by this rule. */
  boundBy(rule: RuleName): boolean {
    for (const b of this.map.values()) if (b.rule === rule) return true;
    return false;
  }

  /** Every (key, quantity id) in binding order; constants left out. */
  *quantities(): Generator<[string, string]> {
    for (const [key, b] of this.map) if ('id' in b) yield [key, b.id];
  }

  /** The distinct quantity ids, in the order of their first binding. */
  ids(): string[] {
    const seen = new Set<string>();
    for (const [, id] of this.quantities()) seen.add(id);
    return [...seen];
  }

  /** The first key bound to each quantity id. */
  firstKeys(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, id] of this.quantities()) if (!out.has(id)) out.set(id, key);
    return out;
  }

  entries(): IterableIterator<[string, Binding]> {
    return this.map.entries();
  }
}
