from comptool.memo import last_answer


def test_the_last_answer_is_kept_for_the_same_objects_only():
    calls = []

    @last_answer(lambda parse: (parse["tokens"],))
    def count(parse):
        calls.append(parse)
        return len(parse["tokens"])

    tokens = [{"text": "a"}]
    assert count({"tokens": tokens}) == 1
    assert count({"tokens": tokens}) == 1  # another dict, the same tokens: asked once
    assert len(calls) == 1
    assert count({"tokens": [{"text": "a"}, {"text": "b"}]}) == 2  # equal or not, new tokens are asked again
    assert count({"tokens": list(tokens)}) == 1
    assert len(calls) == 3
