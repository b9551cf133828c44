# One gradient step of a three-class softmax layer, after a student's lab exercise (public GitHub Python; source in
# softmax-py.source.md). The givens and the program output below are the exercise's; this code is ours.
import numpy as np


def softmax(v):
    e = np.exp(v)
    return e / e.sum()


def main():
    x = np.array([1, 3, 0])
    W = np.array([[0.3, 0.1, -2],
                  [-0.6, -0.5, 2],
                  [-1, -0.5, 0.1]])
    b = np.array([0.1, 0.1, 0.1])
    y = np.array([0, 1, 0])
    learning_rate = 0.2

    z = W.T @ x + b                        # W holds one column per class
    print("z = ", z)
    y_p = softmax(z)
    print("y' = ", y_p)
    print("loss = ", -np.sum(y * np.log(y_p)))
    delta_w = np.outer(y_p - y, x)         # one row per class, as the exercise builds it
    print("delta_W = \n", delta_w)
    delta_b = y_p - y
    print("delta_b = ", delta_b)
    W -= learning_rate * delta_w           # the exercise subtracts it from W as it is
    print("Adjusted W = \n", W)
    b -= learning_rate * delta_b
    print("Adjusted b = ", b)


if __name__ == '__main__':
    main()

# Program Output
# z =  [-1.4 -1.3  4.1]
# y' =  [0.00405191 0.00447805 0.99147003]
# loss =  5.408566554451391
# delta_W =
#  [[ 0.00405191  0.01215573  0.        ]
#  [-0.99552195 -2.98656584 -0.        ]
#  [ 0.99147003  2.9744101   0.        ]]
# delta_b =  [ 0.00405191 -0.99552195  0.99147003]
# Adjusted W =
#  [[ 0.29918962  0.09756885 -2.        ]
#  [-0.40089561  0.09731317  2.        ]
#  [-1.19829401 -1.09488202  0.1       ]]
# Adjusted b =  [ 0.09918962  0.29910439 -0.09829401]
